/* Conversions between unrelated pointer types, and between pointers and integers: warnings, as in gcc. */
int main(void) {
  int n = 1;
  int *p = &n;
  const int *cp = &n;
  char *c = p; // warning
  long l = p; // warning
  int *q = 42; // warning
  int *r = cp; // warning
  double *d = 0;
  if (p == d) return 1; // warning
  if (p == 5) return 2; // warning
  return c[0] + (int)l + *q + *r;
}
