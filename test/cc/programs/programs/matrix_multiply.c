/* Integer and floating matrix multiplication, 24x24, with checksums, and a 2x2 matrix power by squaring (unsigned, wrapping where the squares outgrow 64 bits). */
#include <stdio.h>

#define N 24
static long a[N][N], b[N][N], c[N][N];
static double fa[N][N], fb[N][N], fc[N][N];

static void mul2(unsigned long r[2][2], unsigned long x[2][2], unsigned long y[2][2]) {
  unsigned long t[2][2];
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++) t[i][j] = x[i][0] * y[0][j] + x[i][1] * y[1][j];
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++) r[i][j] = t[i][j];
}

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = (i * 7 + j * 3) % 11 - 5;
      b[i][j] = (i * 5 + j * 13) % 17 - 8;
      fa[i][j] = (i + 1) / (double)(j + 1);
      fb[i][j] = (i - j) * 0.125;
    }
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      long s = 0;
      double fs = 0;
      for (int k = 0; k < N; k++) {
        s += a[i][k] * b[k][j];
        fs += fa[i][k] * fb[k][j];
      }
      c[i][j] = s;
      fc[i][j] = fs;
    }
  unsigned long checksum = 0;
  long trace = 0;
  double ftrace = 0, fsum = 0;
  for (int i = 0; i < N; i++) {
    trace += c[i][i];
    ftrace += fc[i][i];
    for (int j = 0; j < N; j++) {
      checksum = checksum * 31 + (unsigned long)c[i][j];
      fsum += fc[i][j];
    }
  }
  printf("%lu %ld\n", checksum, trace);
  printf("%.6f %.6f\n", ftrace, fsum);
  printf("%ld %ld %ld\n", c[0][0], c[5][17], c[23][23]);
  unsigned long r[2][2] = {{1, 0}, {0, 1}}, base[2][2] = {{1, 1}, {1, 0}};
  int e = 90;
  while (e) {
    if (e & 1) mul2(r, r, base);
    mul2(base, base, base);
    e >>= 1;
  }
  printf("fib(90) = %lu\n", r[0][1]);
  return 0;
}
