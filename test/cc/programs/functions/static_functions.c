/* static functions and static locals: private helpers and state kept across calls. */
#include <stdio.h>

static int counter(void) {
  static int n;
  return ++n;
}

static int fib_memo(int n) {
  static long memo[50];
  if (n < 2) return n;
  if (memo[n]) return (int)memo[n];
  memo[n] = fib_memo(n - 1) + fib_memo(n - 2);
  return (int)memo[n];
}

static const char *next_name(void) {
  static const char *names[] = {"a", "b", "c"};
  static int i;
  const char *r = names[i];
  i = (i + 1) % 3;
  return r;
}

static double running_average(double x) {
  static double sum;
  static int count;
  sum += x;
  count++;
  return sum / count;
}

int main(void) {
  for (int i = 0; i < 3; i++) printf("%d ", counter());
  printf("\n%d %d\n", fib_memo(40), fib_memo(45));
  for (int i = 0; i < 5; i++) printf("%s", next_name());
  printf("\n");
  double values[] = {4, 8, 15, 16, 23, 42};
  for (int i = 0; i < 6; i++) printf("%g ", running_average(values[i]));
  printf("\n");
  return 0;
}
