/* strtol.c: strtol, strtoul, strtoll, strtoull, atoi, atol, atoll against glibc: bases 0 and 2 to 36, */
/* prefixes, signs, white space, overflow to the limits with ERANGE, and end pointers. */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

static const char *const cases[] = {
    "0", "1", "-1", "+1", "  42", "\t\n-17xyz", "123abc", "0x1f", "0X1F", "0x", "0xg", "-0x10", "010", "08", "0b101",
    "z", "Z", "zz", "-zz", "1010", "777", "ffff", "FFFFFFFF", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
    "-18446744073709551615", "-18446744073709551616", "99999999999999999999999999", "-99999999999999999999999",
    "0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffff", "0x10000000000000000", "", " ", "-", "+",
    "--1", "+-1", " + 1", "1 2", "2147483647", "2147483648", "-2147483649", "4294967296", "0000000000000000000001",
    "1y", "zzzzzzzzzzzzz", "3w5e11264sgsg", "3w5e11264sgsh", "1111111111111111111111111111111111111111111111111111111111111111",
    "10000000000000000000000000000000000000000000000000000000000000000"};

static const int bases[] = {0, 2, 8, 10, 16, 36, 3, 7, 35, 1, 37, -1};

int main(void) {
  size_t i, b;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *text = cases[i];
    printf("\"%s\":", text);
    for (b = 0; b < sizeof bases / sizeof bases[0]; b++) {
      char *end;
      long l;
      unsigned long u;
      long long ll;
      unsigned long long ull;
      int e1, e2, e3, e4;
      errno = 0;
      l = strtol(text, &end, bases[b]);
      e1 = errno;
      printf(" [%d] %ld/%d/%ld", bases[b], l, e1, (long)(end - text));
      errno = 0;
      u = strtoul(text, &end, bases[b]);
      e2 = errno;
      printf(" %lu/%d/%ld", u, e2, (long)(end - text));
      errno = 0;
      ll = strtoll(text, &end, bases[b]);
      e3 = errno;
      errno = 0;
      ull = strtoull(text, &end, bases[b]);
      e4 = errno;
      printf(" %lld/%d %llu/%d/%ld", ll, e3, ull, e4, (long)(end - text));
    }
    printf(" | atoi %d atol %ld atoll %lld\n", atoi(text), atol(text), atoll(text));
  }
  {
    char *end;
    intmax_t i = strtoimax("-123x", &end, 10);
    printf("%jd [%s]", i, end);
    {
      uintmax_t u = strtoumax("0x7fz", &end, 0);
      printf(" %ju [%s]\n", u, end);
    }
  }
  return 0;
}
