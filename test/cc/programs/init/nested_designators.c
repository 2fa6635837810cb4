/* Designators that reach into nested arrays and structs, overriding earlier initializers. */
#include <stdio.h>

struct cell { int value; char tag; };
struct board { struct cell cells[3][3]; int moves; };

int main(void) {
  struct board b = {.cells[1][1] = {5, 'x'}, .cells[0] = {[2] = {.tag = 'o'}}, .moves = 2};
  for (int r = 0; r < 3; r++) {
    for (int c = 0; c < 3; c++) printf("%d%c ", b.cells[r][c].value, b.cells[r][c].tag ? b.cells[r][c].tag : '-');
    printf("\n");
  }
  printf("%d\n", b.moves);
  int grid[3][3] = {[0][0] = 1, [1] = {2, 3}, [2][2] = 4, [0][1] = 5};
  for (int r = 0; r < 3; r++) printf("%d %d %d\n", grid[r][0], grid[r][1], grid[r][2]);
  struct { int a[4]; int b; } s = {.a[1] = 10, 20, 30, .b = 40};
  printf("%d %d %d %d %d\n", s.a[0], s.a[1], s.a[2], s.a[3], s.b);
  return 0;
}
