/* Calls with too few or too many arguments, or arguments of the wrong type. */
struct point { int x, y; };
int add(int a, int b) { return a + b; }
int norm(struct point p) { return p.x + p.y; }
int none(void) { return 0; }
int main(void) {
  struct point p = {1, 2};
  int a = add(1); // error
  int b = add(1, 2, 3); // error
  int c = norm(5); // error
  int d = add(p, 1); // error
  int e = none(1); // error
  return a + b + c + d + e + norm(p);
}
