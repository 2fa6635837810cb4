/* A 2D char array used as a text grid: flood fill, counting regions and printing rows as strings. */
#include <stdio.h>
#include <string.h>

#define ROWS 6
#define COLS 10

static char grid[ROWS][COLS + 1] = {
    "..##......", ".###..##..", "......##..", "#.........", "##...###..", ".....#.#..",
};

static int fill(int r, int c, char from, char to) {
  if (r < 0 || r >= ROWS || c < 0 || c >= COLS || grid[r][c] != from) return 0;
  grid[r][c] = to;
  return 1 + fill(r + 1, c, from, to) + fill(r - 1, c, from, to) + fill(r, c + 1, from, to) + fill(r, c - 1, from, to);
}

int main(void) {
  int regions = 0;
  for (int r = 0; r < ROWS; r++)
    for (int c = 0; c < COLS; c++)
      if (grid[r][c] == '#') {
        int size = fill(r, c, '#', (char)('a' + regions));
        printf("region %c size %d\n", 'a' + regions, size);
        regions++;
      }
  for (int r = 0; r < ROWS; r++) printf("%s\n", grid[r]);
  printf("%d %zu\n", regions, strlen(grid[0]));
  return 0;
}
