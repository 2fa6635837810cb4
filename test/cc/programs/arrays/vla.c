/* C99 variable-length arrays: sizes at run time, sizeof evaluated at run time, VLA parameters. */
#include <stdio.h>

static long sum_matrix(int rows, int cols, long m[rows][cols]) {
  long s = 0;
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) s += m[i][j];
  return s;
}

static int make_and_sum(int n) {
  int v[n];
  for (int i = 0; i < n; i++) v[i] = i + 1;
  int s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}

int main(void) {
  for (int n = 1; n <= 5; n++) {
    double a[n];
    printf("%d %d\n", n, (int)sizeof a);
  }
  int rows = 3, cols = 5;
  long m[rows][cols];
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) m[i][j] = i * cols + j;
  printf("%ld\n", sum_matrix(rows, cols, m));
  printf("%d\n", (int)sizeof m[0]);
  printf("%d %d\n", make_and_sum(10), make_and_sum(100));
  for (int k = 0; k < 1000; k++) {
    char scratch[64 + k % 7];
    scratch[0] = (char)k;
    if (k == 999) printf("%d %d\n", scratch[0], (int)sizeof scratch);
  }
  return 0;
}
