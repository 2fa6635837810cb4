/* Initializing unions inside structs and arrays, by position (first member) and by designator. */
#include <stdio.h>

union value { int i; float f; const char *s; };
struct cell { char kind; union value v; };
struct row { struct cell cells[3]; };

int main(void) {
  struct row r = {{{'i', {5}}, {'f', {.f = 1.5f}}, {'s', {.s = "str"}}}};
  for (int k = 0; k < 3; k++) {
    struct cell c = r.cells[k];
    if (c.kind == 'i') printf("%d\n", c.v.i);
    else if (c.kind == 'f') printf("%g\n", c.v.f);
    else printf("%s\n", c.v.s);
  }
  union value arr[] = {{1}, {.f = 2.0f}, {3}};
  printf("%d %g %d\n", arr[0].i, arr[1].f, arr[2].i);
  union value z = {0};
  printf("%d\n", z.i);
  return 0;
}
