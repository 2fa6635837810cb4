/* A knight's tour on a 6x6 board by Warnsdorff's rule with a fixed tie-break. */
#include <stdio.h>

#define N 6
static int board[N][N];
static const int dr[8] = {2, 1, -1, -2, -2, -1, 1, 2};
static const int dc[8] = {1, 2, 2, 1, -1, -2, -2, -1};

static int valid(int r, int c) { return r >= 0 && r < N && c >= 0 && c < N && board[r][c] == 0; }

static int degree(int r, int c) {
  int d = 0;
  for (int k = 0; k < 8; k++) d += valid(r + dr[k], c + dc[k]);
  return d;
}

int main(void) {
  int r = 0, c = 0;
  board[r][c] = 1;
  int step;
  for (step = 2; step <= N * N; step++) {
    int best = -1, best_degree = 9;
    for (int k = 0; k < 8; k++) {
      int nr = r + dr[k], nc = c + dc[k];
      if (!valid(nr, nc)) continue;
      int d = degree(nr, nc);
      if (d < best_degree) {
        best_degree = d;
        best = k;
      }
    }
    if (best < 0) break;
    r += dr[best];
    c += dc[best];
    board[r][c] = step;
  }
  printf("reached %d of %d squares\n", step - 1, N * N);
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++) printf("%3d", board[i][j]);
    printf("\n");
  }
  return 0;
}
