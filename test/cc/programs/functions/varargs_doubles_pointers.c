/* Variadic doubles (floats are promoted), pointers, and strings through va_arg; va_copy for a second pass. */
#include <stdarg.h>
#include <stdio.h>

static double average(int count, ...) {
  va_list ap;
  va_start(ap, count);
  double s = 0;
  for (int i = 0; i < count; i++) s += va_arg(ap, double);
  va_end(ap);
  return count ? s / count : 0;
}

static void fill(int count, ...) {
  va_list ap;
  va_start(ap, count);
  for (int i = 0; i < count; i++) {
    int *p = va_arg(ap, int *);
    *p = (i + 1) * 11;
  }
  va_end(ap);
}

static size_t total_length(const char *first, ...) {
  va_list ap, again;
  va_start(ap, first);
  va_copy(again, ap);
  size_t n = 0;
  for (const char *s = first; s; s = va_arg(ap, const char *))
    for (const char *c = s; *c; c++) n++;
  int words = 1;
  while (va_arg(again, const char *) != 0) words++;
  va_end(again);
  va_end(ap);
  return n * 100 + (size_t)words;
}

static double weighted(int n, ...) {
  va_list ap;
  va_start(ap, n);
  double total = 0;
  for (int i = 0; i < n; i++) {
    int w = va_arg(ap, int);
    double v = va_arg(ap, double);
    total += w * v;
  }
  va_end(ap);
  return total;
}

int main(void) {
  float f = 2.5f;
  printf("%g\n", average(4, 1.0, f, 3.5, -1.0));
  printf("%g\n", average(0));
  int a = 0, b = 0, c = 0;
  fill(3, &a, &b, &c);
  printf("%d %d %d\n", a, b, c);
  printf("%zu\n", total_length("var", "iadic", "args", (const char *)0));
  printf("%g\n", weighted(3, 1, 0.5, 2, 0.25, 10, 0.1));
  printf("%g\n", weighted(8, 1, 1.0, 1, 1.0, 1, 1.0, 1, 1.0, 1, 1.0, 1, 1.0, 1, 1.0, 1, 1.5));
  return 0;
}
