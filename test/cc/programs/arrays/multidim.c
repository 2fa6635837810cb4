/* Two- and three-dimensional arrays are stored row-major: the last index varies fastest. */
#include <stdio.h>

int main(void) {
  int m[3][4];
  int n = 0;
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++) m[i][j] = n++;
  int *flat = &m[0][0];
  for (int k = 0; k < 12; k++) printf("%d ", flat[k]);
  printf("\n");
  printf("%d %d %d\n", m[1][2], *(*(m + 2) + 1), (*(m + 1))[3]);
  printf("%td %td\n", &m[1][0] - &m[0][0], (char *)&m[2] - (char *)&m[0]);
  char cube[2][3][4];
  for (int a = 0; a < 2; a++)
    for (int b = 0; b < 3; b++)
      for (int c = 0; c < 4; c++) cube[a][b][c] = (char)(a * 100 + b * 10 + c);
  char *cp = &cube[0][0][0];
  printf("%d %d %d\n", cp[0], cp[13], cp[23]);
  printf("%d %d %d %d\n", (int)sizeof cube, (int)sizeof cube[0], (int)sizeof cube[0][0], (int)sizeof cube[0][0][0]);
  double t[2][2] = {{1, 2}, {3, 4}};
  double det = t[0][0] * t[1][1] - t[0][1] * t[1][0];
  printf("%g\n", det);
  long big[4][5][6];
  printf("%d\n", (int)(sizeof big / sizeof big[0][0][0]));
  big[3][4][5] = 99;
  printf("%ld\n", ((long *)big)[4 * 5 * 6 - 1]);
  return 0;
}
