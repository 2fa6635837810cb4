/* Arrays inside structs are copied with the struct, unlike arrays passed directly. */
#include <stdio.h>

struct vec {
  int n;
  int items[6];
};

static struct vec push(struct vec v, int x) {
  v.items[v.n++] = x;
  return v;
}

static void push_in_place(struct vec *v, int x) { v->items[v->n++] = x; }

static void print(const struct vec *v) {
  for (int i = 0; i < v->n; i++) printf("%d ", v->items[i]);
  printf("(%d)\n", v->n);
}

struct matrix {
  double m[2][3];
};

int main(void) {
  struct vec a = {0, {0}};
  struct vec b = push(push(a, 1), 2);
  print(&a);
  print(&b);
  push_in_place(&a, 9);
  print(&a);
  struct vec c = b;
  c.items[0] = 100;
  print(&b);
  print(&c);
  struct matrix mx = {{{1, 2, 3}, {4, 5, 6}}};
  struct matrix my = mx;
  my.m[1][2] = -6;
  printf("%g %g\n", mx.m[1][2], my.m[1][2]);
  printf("%d\n", (int)sizeof(struct vec));
  struct vec arr[2] = {{1, {7}}, {2, {8, 9}}};
  print(&arr[1]);
  arr[0] = arr[1];
  print(&arr[0]);
  return 0;
}
