/* Using a struct returned by a call directly: member access, array member indexing, nested members. */
#include <stdio.h>

struct inner { int a[4]; };
struct outer { int id; struct inner in; double d; };

static struct outer make(int id) {
  struct outer o = {id, {{id, id * 2, id * 3, id * 4}}, id / 4.0};
  return o;
}

static struct inner inner_of(struct outer o) { return o.in; }

int main(void) {
  printf("%d\n", make(5).id);
  printf("%d\n", make(5).in.a[3]);
  printf("%g\n", make(3).d);
  printf("%d\n", inner_of(make(7)).a[1]);
  int total = 0;
  for (int i = 1; i <= 4; i++) total += make(i).in.a[i - 1];
  printf("%d\n", total);
  struct outer o = make(9);
  o = make(o.id + 1);
  printf("%d %d\n", o.id, o.in.a[0]);
  return 0;
}
