/* Struct tags have block scope: an inner declaration hides an outer one of the same name. */
#include <stdio.h>

struct thing { int a; };

static int outer_size(void) { return (int)sizeof(struct thing); }

int main(void) {
  struct thing t = {1};
  printf("%d %d\n", t.a, outer_size());
  {
    struct thing { double x, y; };
    struct thing inner = {2.5, 3.5};
    printf("%g %g %d\n", inner.x, inner.y, (int)sizeof(struct thing));
  }
  printf("%d\n", (int)sizeof(struct thing));
  struct { int x; } anon1 = {5};
  struct { int x; } anon2 = {6};
  printf("%d %d\n", anon1.x, anon2.x);
  for (int i = 0; i < 2; i++) {
    struct counter { int n; } c = {i * 10};
    printf("%d\n", c.n);
  }
  return 0;
}
