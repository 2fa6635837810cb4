/* Names used without a declaration: each use is reported at the name. */
int main(void) {
  int a = count + 1; // error
  total = a; // error
  return a + missing(a) + count; // warning
}
