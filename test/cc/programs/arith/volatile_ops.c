/* Operations on volatile operands must all happen at run time: every read and write is performed. */
#include <stdio.h>

volatile int vi = 7;
volatile unsigned long vul = 0xfffffffffffffff0UL;
volatile signed char vsc = -3;

int main(void) {
  int a = vi * vi - vi;
  printf("%d\n", a);
  vi += 5;
  vi <<= 2;
  printf("%d\n", vi);
  unsigned long b = vul + 0x20;
  printf("%lu\n", b);
  printf("%d %d\n", vsc * vsc, vsc / 2);
  volatile int local = 0;
  for (int i = 0; i < 100; i++) local += i;
  printf("%d\n", local);
  volatile double vd = 1.5;
  vd *= vd;
  printf("%f\n", vd);
  int sum = 0;
  for (volatile int i = 0; i < 10; i++) sum += i;
  printf("%d\n", sum);
  return 0;
}
