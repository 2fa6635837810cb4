/* Walking arrays backwards with pointers and indexes, and a column-major walk over a row-major array. */
#include <stdio.h>

int main(void) {
  int a[8] = {10, 20, 30, 40, 50, 60, 70, 80};
  for (int *p = a + 7; p >= a + 1; p -= 2) printf("%d ", *p);
  printf("%d\n", a[0]);
  for (int i = 7; i >= 0; i -= 3) printf("%d ", a[i]);
  printf("\n");
  int m[3][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
  for (int c = 0; c < 4; c++)
    for (int r = 2; r >= 0; r--) printf("%d%c", m[r][c], r == 0 ? '\n' : ' ');
  int *end = &m[2][3];
  int s = 0;
  for (int *p = end; p != &m[0][0]; p--) s += *p;
  printf("%d\n", s + m[0][0]);
  return 0;
}
