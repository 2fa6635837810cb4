/* Integer constants the lexer accepts as pp-numbers but C does not. */
int main(void) {
  int a = 09; // error
  int b = 12abc; // error
  long c = 99999999999999999999; // error
  unsigned long d = 18446744073709551615; // warning
  int e = 1.5.6; // error
  return a + b + c + (int)d + e;
}
