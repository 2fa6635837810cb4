/* The type of a mixed expression, seen through sizeof and through the value it produces. */
#include <stdio.h>

int main(void) {
  char c = 1;
  short s = 1;
  int i = -1;
  unsigned u = 1;
  long l = -1;
  unsigned long ul = 1;
  float f = 1;
  double d = 1;
  printf("%d %d %d %d\n", (int)sizeof(c + c), (int)sizeof(s * s), (int)sizeof(c + l), (int)sizeof(u + i));
  printf("%d %d %d\n", (int)sizeof(i + ul), (int)sizeof(f + i), (int)sizeof(f + d));
  printf("%d %d\n", (int)sizeof(c ? c : s), (int)sizeof(+c));
  printf("i + u = %u\n", i + u);
  printf("i + u > 0: %d\n", i + u > 0);
  printf("l + u = %ld\n", l + u);
  printf("i + ul = %lu\n", i + ul);
  printf("i * u = %u\n", i * u);
  printf("i / 2u = %u\n", i / 2u);
  printf("l / 2u = %ld\n", l / 2u);
  printf("i %% 3u = %u\n", i % 3u);
  printf("(i < u) = %d, (l < u) = %d\n", i < u, l < u);
  printf("f + i = %f\n", f + i);
  printf("u + 0.5 = %f\n", u + 0.5);
  printf("i + 0.5f = %f\n", i + 0.5f);
  unsigned big = 4000000000u;
  printf("big + 0.0 = %.1f, big + 0L = %ld, big + 0 = %u\n", big + 0.0, big + 0L, big + 0);
  printf("(long)big * 2 = %ld, big * 2 = %u\n", (long)big * 2, big * 2);
  return 0;
}
