/* The values of every limits.h macro in the LP64 data model. */
#include <limits.h>
#include <stdio.h>

int main(void) {
  printf("CHAR_BIT %d\n", CHAR_BIT);
  printf("SCHAR %d %d UCHAR %d\n", SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
  printf("CHAR %d %d\n", CHAR_MIN, CHAR_MAX);
  printf("SHRT %d %d USHRT %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
  printf("INT %d %d UINT %u\n", INT_MIN, INT_MAX, UINT_MAX);
  printf("LONG %ld %ld ULONG %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
  printf("LLONG %lld %lld ULLONG %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
  printf("MB_LEN_MAX>=1 %d\n", MB_LEN_MAX >= 1);
  printf("%d %d\n", INT_MIN == -INT_MAX - 1, LONG_MIN == -LONG_MAX - 1);
  printf("%d\n", (unsigned)INT_MAX + 1 == (unsigned)INT_MIN);
  return 0;
}
