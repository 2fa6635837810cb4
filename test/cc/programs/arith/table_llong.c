/* long long and unsigned long long: the same edge values through the ll/ull formats and literals. */
#include <limits.h>
#include <stdio.h>

static const long long values[] = {LLONG_MIN, -9000000000000000000LL, -4294967297LL, -1LL, 0LL, 1LL,
                                   4294967297LL, 9000000000000000000LL, LLONG_MAX};
#define COUNT (int)(sizeof values / sizeof values[0])

int main(void) {
  for (int i = 0; i < COUNT; i++) {
    for (int j = 0; j < COUNT; j++) {
      long long a = values[i], b = values[j];
      unsigned long long ua = (unsigned long long)a, ub = (unsigned long long)b;
      printf("%lld %lld: +%llu -%llu *%llu", a, b, ua + ub, ua - ub, ua * ub);
      if (b != 0 && !(a == LLONG_MIN && b == -1)) printf(" /%lld %%%lld", a / b, a % b);
      if (ub != 0) printf(" u/%llu u%%%llu", ua / ub, ua % ub);
      printf(" <%d u<%d\n", a < b, ua < ub);
    }
  }
  printf("%llu %lld %lld\n", ULLONG_MAX, LLONG_MAX, LLONG_MIN);
  printf("%llx %llX %llo\n", ULLONG_MAX, 0xdeadbeefcafeULL, 01777777777777777777777ULL);
  return 0;
}
