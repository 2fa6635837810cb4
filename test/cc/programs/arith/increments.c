/* Pre- and post-increment and decrement on every integer type, including wrap-around at the edges. */
#include <limits.h>
#include <stdio.h>

int main(void) {
  unsigned char uc = 255;
  signed char sc = 127;
  unsigned short us = 65535;
  short s = 32767;
  unsigned u = UINT_MAX;
  unsigned long ul = ULONG_MAX;
  int i = 5;
  long l = -1;
  int old;
  old = uc++;
  printf("%d %d\n", old, uc);
  old = sc++;
  printf("%d %d\n", old, sc);
  old = ++us;
  printf("%d %d\n", old, us);
  old = ++s;
  printf("%d %d\n", old, s);
  unsigned uold = ++u;
  printf("%u %u\n", uold, u);
  unsigned long ulold = ul++;
  printf("%lu %lu\n", ulold, ul);
  int a = i++;
  int b = i--;
  int c = --i;
  printf("%d %d %d %d\n", a, b, c, i);
  long la = ++l;
  long lb = l--;
  printf("%ld %ld %ld\n", la, lb, l);
  unsigned char z = 0;
  z--;
  short m = SHRT_MIN;
  m--;
  printf("%d %d\n", z, m);
  int k = 0;
  int j = k++ + 10;
  printf("%d %d\n", j, k);
  j = ++k * 2;
  printf("%d %d\n", j, k);
  char ch = 'a';
  ch += 25;
  ch++;
  printf("%d\n", ch);
  return 0;
}
