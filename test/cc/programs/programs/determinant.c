/* Gaussian elimination with partial pivoting: determinants and solving a linear system, printed with %.6f. */
#include <math.h>
#include <stdio.h>

#define N 4

static double determinant(double m[N][N]) {
  double a[N][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) a[i][j] = m[i][j];
  double det = 1;
  for (int col = 0; col < N; col++) {
    int pivot = col;
    for (int r = col + 1; r < N; r++)
      if (fabs(a[r][col]) > fabs(a[pivot][col])) pivot = r;
    if (a[pivot][col] == 0) return 0;
    if (pivot != col) {
      for (int j = 0; j < N; j++) {
        double t = a[col][j];
        a[col][j] = a[pivot][j];
        a[pivot][j] = t;
      }
      det = -det;
    }
    det *= a[col][col];
    for (int r = col + 1; r < N; r++) {
      double f = a[r][col] / a[col][col];
      for (int j = col; j < N; j++) a[r][j] -= f * a[col][j];
    }
  }
  return det;
}

static void solve(double m[N][N], double b[N], double x[N]) {
  double a[N][N + 1];
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++) a[i][j] = m[i][j];
    a[i][N] = b[i];
  }
  for (int col = 0; col < N; col++) {
    int pivot = col;
    for (int r = col + 1; r < N; r++)
      if (fabs(a[r][col]) > fabs(a[pivot][col])) pivot = r;
    for (int j = 0; j <= N; j++) {
      double t = a[col][j];
      a[col][j] = a[pivot][j];
      a[pivot][j] = t;
    }
    for (int r = 0; r < N; r++) {
      if (r == col) continue;
      double f = a[r][col] / a[col][col];
      for (int j = col; j <= N; j++) a[r][j] -= f * a[col][j];
    }
  }
  for (int i = 0; i < N; i++) x[i] = a[i][N] / a[i][i];
}

int main(void) {
  double m[N][N] = {{2, -1, 0, 3}, {1, 4, -2, 0}, {0, 5, 1, -1}, {3, 0, 2, 2}};
  double singular[N][N] = {{1, 2, 3, 4}, {2, 4, 6, 8}, {0, 1, 0, 1}, {1, 0, 1, 0}};
  printf("%.6f %.6f\n", determinant(m), determinant(singular));
  double b[N] = {5, -3, 7, 1}, x[N];
  solve(m, b, x);
  for (int i = 0; i < N; i++) printf("%.6f ", x[i]);
  printf("\n");
  for (int i = 0; i < N; i++) {
    double s = 0;
    for (int j = 0; j < N; j++) s += m[i][j] * x[j];
    printf("%.6f ", s);
  }
  printf("\n");
  return 0;
}
