/* Assignments and initializations between types that do not convert. */
struct point { int x, y; };
struct other { int x, y; };
int main(void) {
  struct point p = {1, 2};
  struct other o;
  int n = p; // error
  double d = &n; // error
  p = 3; // error
  o = p; // error
  int *q = 1.5; // error
  return n + (int)d + o.x;
}
