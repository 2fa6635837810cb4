/* Old-style (K&R) function definitions, still valid C99: parameter types declared after the list. */
#include <stdio.h>

static int add(a, b)
int a;
int b;
{
  return a + b;
}

static double scale(x, factor)
double x;
int factor;
{
  return x * factor;
}

static long mixed(n, s)
long n;
const char *s;
{
  long total = n;
  while (*s) total += *s++;
  return total;
}

int main(void) {
  printf("%d\n", add(2, 3));
  printf("%g\n", scale(1.5, 4));
  printf("%ld\n", mixed(1000L, "ab"));
  return 0;
}
