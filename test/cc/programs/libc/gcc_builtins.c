/* gcc's __builtin_ functions called without declarations, as gcc's torture tests do: library ones,
 * bit counting, constants computed in place, and type comparisons. */
#include <stdio.h>

struct s { int a; };
typedef int myint;

int main(void) {
  char buf[16];
  __builtin_memset(buf, 'a', 3);
  buf[3] = 0;
  __builtin_memcpy(buf + 1, "xy", 2);
  printf("%s %zu %d\n", buf, __builtin_strlen(buf), __builtin_strcmp(buf, "axy"));
  printf("%d %d %d %d\n", __builtin_popcount(0xff), __builtin_ctz(8), __builtin_clz(1), __builtin_parity(7));
  printf("%d %d %d\n", __builtin_popcountll(-1LL), __builtin_clzll(1), __builtin_ctzl(1UL << 40));
  printf("%x %llx %x\n", __builtin_bswap32(0x12345678), (unsigned long long)__builtin_bswap64(0x0102030405060708ULL),
         __builtin_bswap16(0xabcd));
  printf("%d %d %d %d\n", __builtin_ffs(0), __builtin_ffs(12), __builtin_ffsll(1LL << 50), __builtin_clrsb(-1));
  int x = 3;
  printf("%d\n", __builtin_constant_p(3));
  printf("%g %g %d\n", __builtin_inf(), -__builtin_huge_valf(), __builtin_isnan(__builtin_nan("")));
  printf("%d %d %d\n", __builtin_types_compatible_p(int, myint), __builtin_types_compatible_p(int, const int),
         __builtin_types_compatible_p(struct s, int));
  printf("%d %d\n", __builtin_choose_expr(1, 10, 20.0), __builtin_abs(-3));
  if (__builtin_expect(x == 3, 1)) __builtin_printf("%ld\n", __builtin_labs(-5L));
  int *p = __builtin_alloca(4 * sizeof(int));
  p[3] = 4;
  printf("%d %g\n", p[3], __builtin_fabs(-2.5));
  if (x != 3) __builtin_abort();
  __builtin_exit(0);
}
