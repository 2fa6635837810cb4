/* const and volatile at every level of a pointer declarator: which parts can change. */
#include <stdio.h>

int main(void) {
  int a = 1, b = 2;
  const int *p1 = &a;
  int const *p2 = &a;
  int *const p3 = &a;
  const int *const p4 = &a;
  p1 = &b;
  p2 = &b;
  *p3 = 10;
  printf("%d %d %d %d\n", *p1, *p2, *p3, *p4);
  int *q = &a;
  int **pp = &q;
  int *const *cpp = &q;
  const int *const *ccpp = (const int *const *)&q;
  **pp = 20;
  printf("%d %d %d\n", **cpp, **ccpp, a);
  volatile int v = 5;
  volatile int *vp = &v;
  int *volatile pv = &b;
  *vp += 1;
  *pv += 1;
  printf("%d %d\n", v, b);
  const volatile int cv = 9;
  const volatile int *cvp = &cv;
  printf("%d\n", *cvp);
  return 0;
}
