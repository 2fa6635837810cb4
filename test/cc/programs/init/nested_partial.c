/* Nested initializers with braces elided and partial initialization: the rest is zero. */
#include <stdio.h>

struct inner { int a, b; };
struct outer { struct inner in[2]; char tag; double d; };

int main(void) {
  struct outer o = {1, 2, 3, 4, 'x', 1.5};
  printf("%d %d %d %d %c %g\n", o.in[0].a, o.in[0].b, o.in[1].a, o.in[1].b, o.tag, o.d);
  struct outer p = {{{1}, {2}}, 'y'};
  printf("%d %d %d %d %c %g\n", p.in[0].a, p.in[0].b, p.in[1].a, p.in[1].b, p.tag, p.d);
  struct outer q = {{1, 2}};
  printf("%d %d %d %d %d\n", q.in[0].a, q.in[0].b, q.in[1].a, q.in[1].b, q.tag);
  struct outer z = {0};
  printf("%d %d %g\n", z.in[1].b, z.tag, z.d);
  int m[3][3] = {{1}, {0, 2}, {0, 0, 3}};
  for (int i = 0; i < 3; i++) printf("%d %d %d\n", m[i][0], m[i][1], m[i][2]);
  int flat[2][3] = {1, 2, 3, 4};
  printf("%d %d %d\n", flat[1][0], flat[1][1], flat[1][2]);
  return 0;
}
