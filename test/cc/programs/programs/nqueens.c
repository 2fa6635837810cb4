/* N-queens by backtracking: solution counts for N = 1..9 and the first solution for 8. */
#include <stdio.h>

static int cols[12];
static int solutions;
static int first[12];

static int safe(int row, int col) {
  for (int r = 0; r < row; r++) {
    int c = cols[r];
    if (c == col || c - col == r - row || c - col == row - r) return 0;
  }
  return 1;
}

static void place(int row, int n) {
  if (row == n) {
    if (solutions == 0)
      for (int i = 0; i < n; i++) first[i] = cols[i];
    solutions++;
    return;
  }
  for (int c = 0; c < n; c++)
    if (safe(row, c)) {
      cols[row] = c;
      place(row + 1, n);
    }
}

int main(void) {
  for (int n = 1; n <= 9; n++) {
    solutions = 0;
    place(0, n);
    printf("%d: %d\n", n, solutions);
    if (n == 8) {
      for (int r = 0; r < 8; r++) {
        for (int c = 0; c < 8; c++) putchar(first[r] == c ? 'Q' : '.');
        putchar('\n');
      }
    }
  }
  return 0;
}
