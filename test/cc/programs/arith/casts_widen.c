/* Widening casts sign-extend signed sources and zero-extend unsigned ones, whatever the destination's sign. */
#include <stdio.h>

int main(void) {
  signed char sc = -2;
  unsigned char uc = 254;
  short s = -300;
  unsigned short us = 65236;
  int i = -70000;
  unsigned u = 4294897296u;
  printf("%ld %lu %ld %lu\n", (long)sc, (unsigned long)sc, (long)uc, (unsigned long)uc);
  printf("%ld %lu %ld %lu\n", (long)s, (unsigned long)s, (long)us, (unsigned long)us);
  printf("%ld %lu %ld %lu\n", (long)i, (unsigned long)i, (long)u, (unsigned long)u);
  printf("%d %u %d %u\n", (int)sc, (unsigned)sc, (int)uc, (unsigned)uc);
  printf("%d %u\n", (short)sc, (unsigned short)sc);
  printf("%lld %llu\n", (long long)i, (unsigned long long)u);
  printf("%lx %lx\n", (unsigned long)(int)0x80000000u, (unsigned long)(unsigned)0x80000000u);
  printf("%d\n", (int)(unsigned char)(signed char)-1);
  printf("%d\n", (int)(signed char)(unsigned char)200);
  printf("%ld\n", (long)(short)(unsigned short)40000);
  long back = (long)(int)(long)-5;
  printf("%ld\n", back);
  return 0;
}
