/* Loop counters of narrow and unsigned types: wrap-around ends and counting down with unsigned. */
#include <stdio.h>

int main(void) {
  int n = 0;
  for (unsigned char c = 250; c != 4; c++) n++;
  printf("%d\n", n);
  n = 0;
  for (signed char c = -128; c < 127; c++) n++;
  printf("%d\n", n);
  unsigned total = 0;
  for (unsigned i = 5; i-- > 0;) total = total * 10 + i;
  printf("%u\n", total);
  unsigned short s = 65530;
  n = 0;
  do {
    s++;
    n++;
  } while (s != 2);
  printf("%d\n", n);
  unsigned long big = 0;
  for (unsigned long i = 0xfffffffffffffff0UL; i != 0; i++) big += i & 0xf;
  printf("%lu\n", big);
  long sum = 0;
  for (long i = -5; i <= 5; i += 2) sum += i * i;
  printf("%ld\n", sum);
  for (int i = 10; i > 0; i /= 2) printf("%d ", i);
  printf("\n");
  for (unsigned i = 1; i != 0; i <<= 4) printf("%x ", i);
  printf("\n");
  return 0;
}
