/* A backtracking Sudoku solver on a classic puzzle, with a validity check of the result. */
#include <stdio.h>

static int grid[9][9];
static long tries;

static int ok(int r, int c, int v) {
  for (int i = 0; i < 9; i++)
    if (grid[r][i] == v || grid[i][c] == v || grid[r / 3 * 3 + i / 3][c / 3 * 3 + i % 3] == v) return 0;
  return 1;
}

static int solve(int pos) {
  if (pos == 81) return 1;
  int r = pos / 9, c = pos % 9;
  if (grid[r][c]) return solve(pos + 1);
  for (int v = 1; v <= 9; v++) {
    tries++;
    if (ok(r, c, v)) {
      grid[r][c] = v;
      if (solve(pos + 1)) return 1;
      grid[r][c] = 0;
    }
  }
  return 0;
}

int main(void) {
  const char *puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
  for (int i = 0; i < 81; i++) grid[i / 9][i % 9] = puzzle[i] - '0';
  int solved = solve(0);
  printf("solved %d after %ld tries\n", solved, tries);
  for (int r = 0; r < 9; r++) {
    for (int c = 0; c < 9; c++) printf("%d%s", grid[r][c], c % 3 == 2 && c < 8 ? " | " : " ");
    printf("\n");
    if (r % 3 == 2 && r < 8) printf("------+-------+------\n");
  }
  int valid = 1;
  for (int i = 0; i < 9; i++) {
    int row = 0, col = 0, box = 0;
    for (int j = 0; j < 9; j++) {
      row |= 1 << grid[i][j];
      col |= 1 << grid[j][i];
      box |= 1 << grid[i / 3 * 3 + j / 3][i % 3 * 3 + j % 3];
    }
    valid = valid && row == 0x3fe && col == 0x3fe && box == 0x3fe;
  }
  printf("valid %d\n", valid);
  return 0;
}
