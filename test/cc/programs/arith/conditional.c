/* The conditional operator: only one arm runs, and the result has the arms' common type. */
#include <stdio.h>

static int calls;
static int touch(int value) {
  calls++;
  return value;
}

int main(void) {
  int t = 1, f = 0;
  printf("%d %d\n", t ? 10 : 20, f ? 10 : 20);
  printf("%u\n", t ? -1 : 0u);
  printf("%ld\n", f ? 0L : -1);
  printf("%f\n", t ? 1 : 2.5);
  printf("%d %d\n", (int)sizeof(t ? 'a' : 'b'), (int)sizeof(t ? (char)1 : (char)2));
  printf("%d\n", (int)sizeof(t ? 1 : 1.0f));
  calls = 0;
  int r = t ? touch(1) : touch(2);
  printf("%d %d\n", r, calls);
  int n = 15;
  const char *s = n % 15 == 0 ? "fizzbuzz" : n % 5 == 0 ? "buzz" : n % 3 == 0 ? "fizz" : "number";
  printf("%s\n", s);
  for (int i = -2; i <= 2; i++) printf("%d ", i < 0 ? -1 : i > 0 ? 1 : 0);
  printf("\n");
  int a = 3, b = 7;
  *(a > b ? &a : &b) = 100;
  printf("%d %d\n", a, b);
  int m = a < b ? a : b;
  printf("%d\n", m);
  void *vp = t ? (void *)&a : 0;
  printf("%d\n", *(int *)vp);
  return 0;
}
