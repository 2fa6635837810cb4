/* Calls of things that are not functions or function pointers. */
struct point { int x, y; };
int main(void) {
  int n = 1;
  struct point p = {1, 2};
  int *q = &n;
  int a = n(2); // error
  int b = p(); // error
  int c = q(1); // error
  int d = "text"(); // error
  return a + b + c + d;
}
