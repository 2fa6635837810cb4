/* Nested structs: member access chains, nested initializers, copying inner structs. */
#include <stdio.h>

struct point { int x, y; };
struct rect { struct point min, max; };
struct shape {
  const char *name;
  struct rect bounds;
  struct { int r, g, b; } color;
};

static int area(struct rect r) { return (r.max.x - r.min.x) * (r.max.y - r.min.y); }

int main(void) {
  struct shape s = {"box", {{1, 2}, {11, 7}}, {255, 128, 0}};
  printf("%s %d %d %d %d\n", s.name, s.bounds.min.x, s.bounds.min.y, s.bounds.max.x, s.bounds.max.y);
  printf("%d\n", area(s.bounds));
  printf("%d %d %d\n", s.color.r, s.color.g, s.color.b);
  struct point p = s.bounds.max;
  p.x = 0;
  printf("%d %d\n", p.x, s.bounds.max.x);
  s.bounds.min = p;
  printf("%d %d\n", s.bounds.min.x, s.bounds.min.y);
  struct shape *sp = &s;
  sp->bounds.max.y += 100;
  printf("%d\n", sp->bounds.max.y);
  struct rect *rp = &sp->bounds;
  printf("%d\n", rp->max.y - rp->min.y);
  struct point *pp = &rp->min;
  pp->y = -5;
  printf("%d\n", s.bounds.min.y);
  printf("%d\n", area(*rp));
  return 0;
}
