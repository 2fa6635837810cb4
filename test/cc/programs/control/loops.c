/* for, while and do-while: iteration counts, zero-trip loops, a do-while that runs once. */
#include <stdio.h>

int main(void) {
  int s = 0;
  for (int i = 0; i < 10; i++) s += i;
  printf("%d\n", s);
  int n = 0;
  for (int i = 10; i < 10; i++) n++;
  printf("%d\n", n);
  int k = 5;
  while (k > 0) k -= 2;
  printf("%d\n", k);
  int once = 0;
  do once++; while (0);
  printf("%d\n", once);
  int x = 100;
  do {
    x /= 3;
  } while (x > 1);
  printf("%d\n", x);
  int i = 0, j = 0;
  for (;;) {
    if (++i > 5) break;
    j += i;
  }
  printf("%d %d\n", i, j);
  int count = 0;
  while (1) {
    count++;
    if (count == 7) break;
  }
  printf("%d\n", count);
  unsigned long bits = 0x8421UL;
  int set = 0;
  for (; bits; bits >>= 1) set += bits & 1;
  printf("%d\n", set);
  int outer_i = 3;
  for (int outer_i = 0; outer_i < 2; outer_i++) printf("inner %d\n", outer_i);
  printf("outer %d\n", outer_i);
  return 0;
}
