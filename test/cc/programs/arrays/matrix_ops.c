/* Matrix addition, multiplication and transposition on fixed-size double arrays. */
#include <stdio.h>

#define N 4

static void multiply(double out[N][N], double a[N][N], double b[N][N]) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      double s = 0;
      for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
      out[i][j] = s;
    }
}

static void print(double m[N][N]) {
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++) printf("%8.3f", m[i][j]);
    printf("\n");
  }
}

int main(void) {
  double a[N][N], b[N][N], c[N][N], id[N][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = i + j * 0.5;
      b[i][j] = (i == j) ? 2.0 : -0.25 * (i - j);
      id[i][j] = i == j;
    }
  multiply(c, a, b);
  print(c);
  multiply(c, a, id);
  print(c);
  double p[N][N];
  multiply(p, b, b);
  multiply(c, p, b);
  print(c);
  return 0;
}
