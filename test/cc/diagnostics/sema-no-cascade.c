/* A declaration with an error does not make every later use of its name an error too. */
struct point { int x, y; };
int main(void) {
  struct point p = {1, 2};
  int broken = p.z; // error
  int uses = broken + 1;
  int *q = &broken;
  struct missing m; // error
  int more = m.x + uses + *q; // error
  return more;
}
