/* Pointers to whole arrays: (*p)[i], stepping a row at a time, and sizeof of the pointee. */
#include <stdio.h>

int main(void) {
  int grid[3][4];
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 4; c++) grid[r][c] = r * 10 + c;
  int (*row)[4] = grid;
  printf("%d %d\n", (*row)[2], row[2][3]);
  row++;
  printf("%d\n", (*row)[0]);
  printf("%d %d\n", (int)sizeof *row, (int)sizeof row);
  int (*whole)[3][4] = &grid;
  printf("%d\n", (*whole)[2][1]);
  printf("%d\n", (int)sizeof *whole);
  int line[5] = {5, 6, 7, 8, 9};
  int (*lp)[5] = &line;
  int s = 0;
  for (int i = 0; i < 5; i++) s += (*lp)[i];
  printf("%d\n", s);
  printf("%td\n", (char *)(lp + 1) - (char *)lp);
  int *flat = &grid[0][0];
  printf("%d\n", flat[4 * 2 + 3]);
  return 0;
}
