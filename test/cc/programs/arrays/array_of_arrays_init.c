/* Arrays whose size comes from the initializer, including multi-dimensional ones with braces elided. */
#include <stdio.h>

int main(void) {
  int a[] = {1, 2, 3, 4, 5, 6, 7};
  int b[][3] = {1, 2, 3, 4, 5, 6, 7};
  int c[][2][2] = {{{1, 2}, {3, 4}}, {{5}}, {{6, 7}}};
  printf("%d %d %d\n", (int)(sizeof a / sizeof a[0]), (int)(sizeof b / sizeof b[0]), (int)(sizeof c / sizeof c[0]));
  for (int i = 0; i < 3; i++) printf("%d %d %d\n", b[i][0], b[i][1], b[i][2]);
  for (int i = 0; i < 3; i++) printf("%d %d %d %d\n", c[i][0][0], c[i][0][1], c[i][1][0], c[i][1][1]);
  int d[2][3] = {{1}, {4, 5}};
  printf("%d %d %d %d %d %d\n", d[0][0], d[0][1], d[0][2], d[1][0], d[1][1], d[1][2]);
  return 0;
}
