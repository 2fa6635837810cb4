/* Binary operators applied to operands they do not accept. */
struct point { int x, y; };
int main(void) {
  struct point p = {1, 2};
  int *a = 0, *b = 0;
  double d = 1.5;
  int r1 = p + 1; // error
  int r2 = a * 2; // error
  int *r3 = a + b; // error
  double r4 = d % 2; // error
  int r5 = d << 1; // error
  int r6 = p == p; // error
  int r7 = ~d; // error
  return r1 + r2 + *r3 + (int)r4 + r5 + r6 + r7;
}
