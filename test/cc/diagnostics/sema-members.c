/* Members of things that are not structs, and members that do not exist. */
struct point { int x, y; };
union number { int i; double d; };
int main(void) {
  int n = 1;
  struct point p = {1, 2};
  struct point *q = &p;
  union number u;
  int a = n.x; // error
  int b = p.z; // error
  int c = q->w; // error
  int d = q.x; // error
  u.f = 1.5; // error
  return a + b + c + d;
}
