/* Variadic functions with <stdarg.h>: int, long, unsigned and char arguments (chars are promoted to int). */
#include <stdarg.h>
#include <stdio.h>

static int sum_ints(int count, ...) {
  va_list ap;
  va_start(ap, count);
  int s = 0;
  for (int i = 0; i < count; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}

static long sum_longs(int count, ...) {
  va_list ap;
  va_start(ap, count);
  long s = 0;
  for (int i = 0; i < count; i++) s += va_arg(ap, long);
  va_end(ap);
  return s;
}

static int max_of(int first, ...) {
  va_list ap;
  va_start(ap, first);
  int best = first;
  for (int v = va_arg(ap, int); v != -1; v = va_arg(ap, int))
    if (v > best) best = v;
  va_end(ap);
  return best;
}

static void print_chars(int count, ...) {
  va_list ap;
  va_start(ap, count);
  for (int i = 0; i < count; i++) putchar(va_arg(ap, int));
  putchar('\n');
  va_end(ap);
}

static unsigned long mixed(const char *types, ...) {
  va_list ap;
  va_start(ap, types);
  unsigned long total = 0;
  for (const char *t = types; *t; t++) {
    switch (*t) {
    case 'i': total += (unsigned long)va_arg(ap, int); break;
    case 'u': total += va_arg(ap, unsigned); break;
    case 'l': total += (unsigned long)va_arg(ap, long); break;
    case 'U': total += va_arg(ap, unsigned long); break;
    }
  }
  va_end(ap);
  return total;
}

int main(void) {
  printf("%d\n", sum_ints(0));
  printf("%d\n", sum_ints(3, 1, 2, 3));
  printf("%d\n", sum_ints(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  printf("%ld\n", sum_longs(4, 1L, 1L << 40, -5L, 1L << 62));
  printf("%d\n", max_of(3, 9, 2, 14, 7, -1));
  char a = 'v', b = 'a';
  short s = 'r';
  print_chars(6, a, b, s, 'g', 's', '!');
  printf("%lu\n", mixed("iulU", -1, 4000000000u, -2L, 18000000000000000000UL));
  return 0;
}
