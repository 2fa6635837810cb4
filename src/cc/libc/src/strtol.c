/* strtol.c: strtol, strtoul, strtoll, strtoull, strtoimax, strtoumax, atoi, atol, atoll. Out-of-range */
/* values give the nearest limit and ERANGE, as C requires. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>

static int digit_value(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* Parses an optionally signed integer; its magnitude saturates at ULONG_MAX with *overflow set. */
static unsigned long parse_magnitude(const char *string, char **end, int base, int *negative, int *overflow) {
  const char *s = string;
  unsigned long value = 0;
  int any = 0;
  *negative = 0;
  *overflow = 0;
  if (base < 0 || base == 1 || base > 36) {
    /* Like glibc, leave *end alone. */
    errno = EINVAL;
    return 0;
  }
  while (isspace((unsigned char)*s)) s++;
  if (*s == '+' || *s == '-') *negative = *s++ == '-';
  if ((base == 0 || base == 16) && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') &&
      digit_value((unsigned char)s[2]) < 16) {
    s += 2;
    base = 16;
  } else if (base == 0) {
    base = s[0] == '0' ? 8 : 10;
  }
  for (;; s++) {
    int digit = digit_value((unsigned char)*s);
    if (digit >= base) break;
    any = 1;
    if (value > (ULONG_MAX - (unsigned long)digit) / (unsigned long)base) *overflow = 1;
    else value = value * (unsigned long)base + (unsigned long)digit;
  }
  if (end != NULL) *end = (char *)(any ? s : string);
  if (!any) *negative = 0;
  return *overflow ? ULONG_MAX : value;
}

long strtol(const char *string, char **end, int base) {
  int negative, overflow;
  unsigned long magnitude = parse_magnitude(string, end, base, &negative, &overflow);
  if (negative) {
    if (overflow || magnitude > (unsigned long)LONG_MAX + 1) {
      errno = ERANGE;
      return LONG_MIN;
    }
    return (long)(0ul - magnitude);
  }
  if (overflow || magnitude > (unsigned long)LONG_MAX) {
    errno = ERANGE;
    return LONG_MAX;
  }
  return (long)magnitude;
}

unsigned long strtoul(const char *string, char **end, int base) {
  int negative, overflow;
  unsigned long magnitude = parse_magnitude(string, end, base, &negative, &overflow);
  if (overflow) {
    errno = ERANGE;
    return ULONG_MAX;
  }
  /* C: a minus sign negates the value in the unsigned type. */
  return negative ? 0ul - magnitude : magnitude;
}

long long strtoll(const char *string, char **end, int base) { return strtol(string, end, base); }

unsigned long long strtoull(const char *string, char **end, int base) { return strtoul(string, end, base); }

intmax_t strtoimax(const char *string, char **end, int base) { return strtol(string, end, base); }

uintmax_t strtoumax(const char *string, char **end, int base) { return strtoul(string, end, base); }

int atoi(const char *string) { return (int)strtol(string, NULL, 10); }

long atol(const char *string) { return strtol(string, NULL, 10); }

long long atoll(const char *string) { return strtol(string, NULL, 10); }
