/* Objects with static storage and partially initialised automatics are zero-filled, including padding-sized gaps. */
#include <stdio.h>

struct mix { char c; double d; int arr[5]; void *p; float f; };

static struct mix s_zero;
static double s_doubles[4];

int main(void) {
  struct mix a = {'a'};
  printf("%d %g %d %d %d %g\n", a.c, a.d, a.arr[0], a.arr[4], a.p == 0, a.f);
  printf("%d %g %d %g\n", s_zero.c, s_zero.d, s_zero.p == 0, s_zero.f);
  printf("%g %g\n", s_doubles[0], s_doubles[3]);
  long big[50] = {1};
  long sum = 0;
  for (int i = 0; i < 50; i++) sum += big[i];
  printf("%ld\n", sum);
  char text[20] = "abc";
  int zeros = 0;
  for (int i = 0; i < 20; i++) zeros += text[i] == 0;
  printf("%d\n", zeros);
  struct mix many[3] = {[1].arr = {1, 2}};
  printf("%d %d %d %d\n", many[0].arr[0], many[1].arr[1], many[1].arr[2], many[2].c);
  double *pd[3] = {0};
  printf("%d\n", pd[2] == 0);
  return 0;
}
