/* scanf formats: %s, %c without skipping, %[ scansets, field widths, literal matching, %n, and %*d suppression. */
#include <stdio.h>

int main(void) {
  char name[32], rest[64];
  int age, n;
  int r = scanf("name=%31[^;];age=%d;%n", name, &age, &n);
  printf("%d [%s] %d %d\n", r, name, age, n);
  int a, b;
  r = scanf(" %*d %d %d", &a, &b);
  printf("%d %d %d\n", r, a, b);
  char c1, c2, c3;
  r = scanf(" %c%c%c", &c1, &c2, &c3);
  printf("%d [%c%c%c]\n", r, c1, c2, c3);
  int digits;
  r = scanf("%3d", &digits);
  printf("%d %d\n", r, digits);
  r = scanf("%d", &digits);
  printf("%d %d\n", r, digits);
  r = scanf(" %63[a-zA-Z ]", rest);
  printf("%d [%s]\n", r, rest);
  unsigned hex;
  int oct;
  r = scanf(" %x %o", &hex, &oct);
  printf("%d %u %d\n", r, hex, oct);
  int any;
  r = scanf(" %i", &any);
  printf("%d %d\n", r, any);
  return 0;
}
