/* va_copy: walk the same variadic arguments twice, and hand a copy to a v-function. */
#include <stdarg.h>
#include <stdio.h>

static int sum_twice(int count, ...) {
  va_list ap, again;
  int first = 0, second = 0;
  va_start(ap, count);
  va_copy(again, ap);
  for (int i = 0; i < count; i++) first += va_arg(ap, int);
  for (int i = 0; i < count; i++) second += 2 * va_arg(again, int);
  va_end(again);
  va_end(ap);
  return first * 1000 + second;
}

static void twice(const char *format, ...) {
  va_list ap, copy;
  va_start(ap, format);
  va_copy(copy, ap);
  vprintf(format, ap);
  vprintf(format, copy);
  va_end(copy);
  va_end(ap);
}

/* A copy taken half way resumes where the original was. */
static long halves(int count, ...) {
  va_list ap, rest;
  long head = 0, tail = 0;
  va_start(ap, count);
  for (int i = 0; i < count / 2; i++) head += va_arg(ap, long);
  va_copy(rest, ap);
  for (int i = count / 2; i < count; i++) tail += va_arg(rest, long);
  va_end(rest);
  va_end(ap);
  return head * 100 + tail;
}

int main(void) {
  printf("%d\n", sum_twice(3, 1, 2, 3));
  printf("%d\n", sum_twice(8, 1, 2, 3, 4, 5, 6, 7, 8));
  twice("%s=%d %.1f; ", "x", 5, 0.25);
  printf("\n");
  printf("%ld\n", halves(9, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L));
  return 0;
}
