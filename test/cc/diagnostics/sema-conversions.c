/* Conversions that cannot be made, and conditional expressions whose branches do not agree. */
struct point { int x, y; };
char *chars(void) {
  int *p = 0;
  return p; // warning
}
int *local(void) {
  int x = 1;
  return &x; // warning
}
int main(int argc, char **argv) {
  struct point s = {1, 2};
  int *p = 0;
  double *d = 0;
  struct point t = (struct point)1; // error
  int *q = (int *)1.5; // error
  void *r1 = argc ? p : d; // warning
  void *r2 = argc ? p : 1; // warning
  int r3 = argc ? s : 1; // error
  return t.x + *q + (r1 == r2) + r3 + argv[0][0] + *chars() + *local();
}
