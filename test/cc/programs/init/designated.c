/* Designated initializers for arrays and structs, in any order, mixed with positional ones. */
#include <stdio.h>

struct point { int x, y, z; };
struct config { const char *name; int level; double ratio; int flags[4]; };

int main(void) {
  int a[10] = {[3] = 30, [7] = 70, 80, [1] = 10};
  for (int i = 0; i < 10; i++) printf("%d ", a[i]);
  printf("\n");
  struct point p = {.z = 3, .x = 1};
  printf("%d %d %d\n", p.x, p.y, p.z);
  struct point q = {.y = 5, 6};
  printf("%d %d %d\n", q.x, q.y, q.z);
  struct config c = {.level = 2, .flags = {[2] = 1}, .name = "cfg"};
  printf("%s %d %g %d %d %d %d\n", c.name, c.level, c.ratio, c.flags[0], c.flags[1], c.flags[2], c.flags[3]);
  struct config d = {.flags[1] = 9, .ratio = 0.5};
  printf("%d %g %d\n", d.name == 0, d.ratio, d.flags[1]);
  int b[] = {[5] = 1};
  printf("%d\n", (int)(sizeof b / sizeof b[0]));
  int over[3] = {[0] = 1, [0] = 2};
  printf("%d\n", over[0]);
  struct point pts[3] = {[2].y = 7, [0] = {1, 1, 1}};
  printf("%d %d %d %d\n", pts[0].z, pts[1].x, pts[2].y, pts[2].z);
  return 0;
}
