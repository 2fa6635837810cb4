/* Character constants and escapes: empty, too long, unknown escapes, escapes out of range. */
int main(void) {
  int a = ''; // error
  int b = 'ab'; // warning
  int c = '\q'; // warning
  int d = '\x'; // error
  int e = '\x100'; // error
  int f = '\777'; // error
  const char *s = "tab\zend"; // warning
  return a + b + c + d + e + f + s[0];
}
