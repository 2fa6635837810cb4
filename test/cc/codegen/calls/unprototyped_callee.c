/* Functions defined with prototypes, called from unprototyped_caller.c through declarations without one. */
#include <stdarg.h>

int sum(int count, ...) {
  va_list ap;
  int total = 0;
  va_start(ap, count);
  for (int i = 0; i < count; i++) total += va_arg(ap, int);
  va_end(ap);
  return total;
}

double mean(int count, ...) {
  va_list ap;
  double total = 0;
  va_start(ap, count);
  for (int i = 0; i < count; i++) total += va_arg(ap, double);
  va_end(ap);
  return count == 0 ? 0 : total / count;
}

/* Seven named slots, then variadic ones: the first variadic slot is on the stack. */
long after_seven(long a, long b, long c, long d, long e, long f, long g, ...) {
  va_list ap;
  long total = a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g;
  va_start(ap, g);
  for (long x = va_arg(ap, long); x != 0; x = va_arg(ap, long)) total = total * 10 + x;
  va_end(ap);
  return total;
}

long nine(long a, long b, long c, long d, long e, long f, long g, long h, long i) {
  return a + 10 * b + 100 * c + 1000 * d + 10000 * e + 100000 * f + 1000000 * g + 10000000 * h + 100000000 * i;
}

double weigh(int a, double b, long c, char *d) { return a * b + (double)c + (double)(d[0] - '0'); }
