/* scanf of integers and doubles until it fails: its return value counts conversions, EOF at the end. */
#include <stdio.h>

int main(void) {
  int count;
  if (scanf("%d", &count) != 1) return 1;
  long sum = 0;
  for (int i = 0; i < count; i++) {
    int v;
    if (scanf("%d", &v) != 1) return 2;
    sum += v;
  }
  printf("%d ints, sum %ld\n", count, sum);
  double a, b;
  int r = scanf("%lf %lf", &a, &b);
  printf("%d %g %g\n", r, a, b);
  unsigned u;
  long l;
  char ch;
  r = scanf(" %u %ld %c", &u, &l, &ch);
  printf("%d %u %ld %c\n", r, u, l, ch);
  int x;
  r = scanf("%d", &x);
  printf("%d\n", r);
  char word[16];
  r = scanf("%15s", word);
  printf("%d %s\n", r, word);
  r = scanf("%d", &x);
  printf("%d\n", r);
  return 0;
}
