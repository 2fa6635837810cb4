/* Structs used where a scalar is required, and casts that cannot be done. */
struct point { int x, y; };
int main(void) {
  struct point p = {1, 2};
  if (p) return 1; // error
  while (p) break; // error
  int n = (int)p; // error
  struct point q = (struct point)p;
  double d = (double)&p; // error
  return !p + n + q.x + (int)d; // error
}
