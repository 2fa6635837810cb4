/* The exact-width and pointer-width typedefs of stdint.h and stddef.h, with their limits. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
  printf("%d %d %d %d\n", (int)sizeof(int8_t), (int)sizeof(int16_t), (int)sizeof(int32_t), (int)sizeof(int64_t));
  printf("%d %d %d\n", (int)sizeof(intptr_t), (int)sizeof(size_t), (int)sizeof(ptrdiff_t));
  printf("%d %d\n", INT8_MIN, INT8_MAX);
  printf("%d %u\n", INT16_MIN, UINT16_MAX);
  printf("%ld %lu\n", (long)INT32_MIN, (unsigned long)UINT32_MAX);
  printf("%lld %llu\n", (long long)INT64_MIN, (unsigned long long)UINT64_MAX);
  uint8_t u8 = 250;
  u8 += 10;
  int8_t i8 = (int8_t)200;
  uint16_t u16 = 0;
  u16--;
  uint32_t u32 = 0xffffffffu;
  u32 += 2;
  uint64_t u64 = UINT64_C(1) << 63;
  printf("%d %d %d %u %llu\n", u8, i8, u16, (unsigned)u32, (unsigned long long)u64);
  printf("%d\n", SIZE_MAX == (size_t)-1);
  int_least16_t least = 1000;
  int_fast32_t fast = 100000;
  printf("%d %ld\n", least, (long)fast);
  intmax_t m = INTMAX_MAX;
  printf("%lld\n", (long long)m);
  return 0;
}
