/* Forwarding a va_list to vprintf, vsprintf and vsnprintf from a variadic wrapper. */
#include <stdarg.h>
#include <stdio.h>

static int counter;

static void logf_(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  printf("[%d] ", ++counter);
  vprintf(fmt, ap);
  va_end(ap);
}

static int format(char *buf, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, size, fmt, ap);
  va_end(ap);
  return n;
}

static void format_all(char *buf, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsprintf(buf, fmt, ap);
  va_end(ap);
}

int main(void) {
  logf_("hello %s\n", "world");
  logf_("%d + %d = %d\n", 2, 3, 5);
  logf_("%.3f %c %ld\n", 3.14159, 'z', -7L);
  char buf[16];
  int n = format(buf, sizeof buf, "%s-%05d", "id", 42);
  printf("%d %s\n", n, buf);
  n = format(buf, 8, "%s", "truncated text");
  printf("%d %s\n", n, buf);
  char big[64];
  format_all(big, "%x|%o|%e", 255, 8, 12345.678);
  printf("%s\n", big);
  return 0;
}
