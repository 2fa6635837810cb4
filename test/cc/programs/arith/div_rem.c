/* Division truncates toward zero and the remainder takes the dividend's sign, for every signed width. */
#include <limits.h>
#include <stdio.h>

int main(void) {
  int a[] = {7, -7, 7, -7, 0, 1, -1, INT_MIN, INT_MAX, INT_MIN};
  int b[] = {2, 2, -2, -2, 5, 3, 3, 2, -3, 7};
  for (int i = 0; i < 10; i++)
    printf("int %d / %d = %d r %d; check %d\n", a[i], b[i], a[i] / b[i], a[i] % b[i], (a[i] / b[i]) * b[i] + a[i] % b[i] == a[i]);
  long la[] = {7, -7, LONG_MIN, LONG_MAX, -1000000000000L};
  long lb[] = {-3, 3, 10, -10, 7};
  for (int i = 0; i < 5; i++) printf("long %ld / %ld = %ld r %ld\n", la[i], lb[i], la[i] / lb[i], la[i] % lb[i]);
  signed char sa = -128, sb = -1;
  printf("schar %d / %d = %d r %d\n", sa, sb, sa / sb, sa % sb);
  short s1 = -32768, s2 = -1;
  printf("short %d / %d = %d\n", s1, s2, s1 / s2);
  short q = (short)(s1 / s2);
  printf("as short %d\n", q);
  long long ll = LLONG_MIN;
  printf("llong %lld %lld %lld\n", ll / 3, ll % 3, ll / LLONG_MAX);
  unsigned ua = 7, ub = 2;
  printf("unsigned %u %u\n", ua / ub, ua % ub);
  printf("-7 / 2u = %u, -7 %% 2u = %u\n", -7 / ub, -7 % ub);
  printf("-7L / 2u = %ld, -7L %% 2u = %ld\n", -7L / ub, -7L % ub);
  printf("-7 / 2UL = %lu\n", -7 / 2UL);
  int n = -17;
  printf("%d %d %d %d\n", n / 4, n % 4, n >> 2, n & 3);
  for (int d = 1; d <= 9; d++) printf("%d ", 1000000007 % d);
  printf("\n");
  for (int d = -9; d <= -1; d++) printf("%d ", -1000000007 / d);
  printf("\n");
  return 0;
}
