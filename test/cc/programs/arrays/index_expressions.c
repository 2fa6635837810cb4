/* Index expressions of every integer type, negative indexes from an interior pointer, computed indexes. */
#include <stdio.h>

int main(void) {
  int a[16];
  for (int i = 0; i < 16; i++) a[i] = i * 3;
  char ci = 5;
  unsigned char uci = 6;
  short si = 7;
  long li = 8;
  unsigned long uli = 9;
  long long lli = 10;
  printf("%d %d %d %d %d %d\n", a[ci], a[uci], a[si], a[li], a[uli], a[lli]);
  int *mid = a + 8;
  printf("%d %d %d\n", mid[-8], mid[-1], mid[7]);
  int i = 3;
  printf("%d %d\n", a[i * 2 + 1], a[a[2] / 3]);
  printf("%d\n", a[sizeof(int)]);
  int k = 0;
  a[k++] = 100;
  printf("%d %d\n", a[0], k);
  unsigned char idx = 255;
  idx += 3;
  printf("%d\n", a[idx]);
  long neg = -3;
  printf("%d\n", mid[neg]);
  return 0;
}
