/* void functions, early return from void, unused results discarded, and (void) casts. */
#include <stdio.h>

static int total;

static void add(int x) {
  if (x < 0) return;
  total += x;
}

static int side_effect(int x) {
  total += x * 1000;
  return x;
}

static void nothing(void) {}

int main(void) {
  add(5);
  add(-3);
  add(10);
  printf("%d\n", total);
  side_effect(1);
  (void)side_effect(2);
  nothing();
  printf("%d\n", total);
  void (*vf)(int) = add;
  vf(1);
  printf("%d\n", total);
  return 0;
}
