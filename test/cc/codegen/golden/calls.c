/* Constant and address arguments go straight into their registers; early returns skip the prologue. */
#include <stdio.h>

static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int depth(int n, int limit) {
  if (n >= limit) return limit;
  return depth(n + 1, limit) + 1;
}

static void show(const char *name, long value) { printf("%s=%ld\n", name, value); }

int main(void) {
  int local = 4;
  show("fib", fib(20));
  show("depth", depth(0, 10));
  printf("%s %d %c\n", "x", 3, 'y');
  sscanf("17", "%d", &local);
  show("local", local);
  return 0;
}
