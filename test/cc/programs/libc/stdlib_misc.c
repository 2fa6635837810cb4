/* abs, labs, llabs, div, ldiv, lldiv, and the EXIT_ macros. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  printf("%d %d %d %d\n", abs(-5), abs(5), abs(0), abs(INT_MIN + 1));
  printf("%ld %lld\n", labs(-1234567890123L), llabs(-9000000000000000000LL));
  div_t d = div(17, 5);
  printf("%d %d\n", d.quot, d.rem);
  d = div(-17, 5);
  printf("%d %d\n", d.quot, d.rem);
  d = div(17, -5);
  printf("%d %d\n", d.quot, d.rem);
  ldiv_t ld = ldiv(-1000000000001L, 1000L);
  printf("%ld %ld\n", ld.quot, ld.rem);
  lldiv_t lld = lldiv(9000000000000000001LL, -7LL);
  printf("%lld %lld\n", lld.quot, lld.rem);
  printf("%d %d\n", EXIT_SUCCESS, EXIT_FAILURE);
  return 0;
}
