/* strtol and strtoul: bases 0, 2, 8, 10, 16, 36, signs, whitespace, prefixes, end pointers. */
#include <stdio.h>
#include <stdlib.h>

static void show(const char *s, int base) {
  char *end;
  long v = strtol(s, &end, base);
  printf("strtol(\"%s\", %d) = %ld, rest \"%s\"\n", s, base, v, end);
}

static void showu(const char *s, int base) {
  char *end;
  unsigned long v = strtoul(s, &end, base);
  printf("strtoul(\"%s\", %d) = %lu, rest \"%s\"\n", s, base, v, end);
}

int main(void) {
  show("12345", 10);
  show("  -42abc", 10);
  show("+7", 10);
  show("0x1F", 16);
  show("0x1F", 0);
  show("0755", 0);
  show("0755", 10);
  show("1010", 2);
  show("zz", 36);
  show("Zz", 36);
  show("", 10);
  show("   ", 10);
  show("abc", 10);
  show("-", 10);
  show("0x", 16);
  show("12 34", 10);
  show("\t\n 99", 0);
  show("9223372036854775807", 10);
  show("-9223372036854775808", 10);
  showu("18446744073709551615", 10);
  showu("-1", 10);
  showu("ffffffff", 16);
  showu("0X10", 0);
  long long ll = strtoll("-123456789012345", NULL, 10);
  unsigned long long ull = strtoull("777", NULL, 8);
  printf("%lld %llu\n", ll, ull);
  return 0;
}
