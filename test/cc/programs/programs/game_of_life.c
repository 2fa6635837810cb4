/* Conway's Game of Life on a 20x20 torus: a glider and a blinker for a few generations. */
#include <stdio.h>
#include <string.h>

#define W 20
#define H 12

static unsigned char grid[H][W], next[H][W];

static void show(int gen) {
  int alive = 0;
  printf("generation %d\n", gen);
  for (int y = 0; y < H; y++) {
    for (int x = 0; x < W; x++) {
      putchar(grid[y][x] ? '#' : '.');
      alive += grid[y][x];
    }
    putchar('\n');
  }
  printf("alive %d\n", alive);
}

static void step(void) {
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++) {
      int n = 0;
      for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
          if (dx || dy) n += grid[(y + dy + H) % H][(x + dx + W) % W];
      next[y][x] = n == 3 || (n == 2 && grid[y][x]);
    }
  memcpy(grid, next, sizeof grid);
}

int main(void) {
  grid[1][2] = grid[2][3] = grid[3][1] = grid[3][2] = grid[3][3] = 1;
  grid[6][10] = grid[6][11] = grid[6][12] = 1;
  grid[9][15] = grid[9][16] = grid[10][15] = grid[10][16] = 1;
  show(0);
  for (int g = 1; g <= 4; g++) {
    step();
    show(g);
  }
  for (int g = 5; g <= 40; g++) step();
  show(40);
  return 0;
}
