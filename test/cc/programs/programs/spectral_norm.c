/* The spectral-norm benchmark for a 60x60 matrix, printed with %.9f. */
#include <math.h>
#include <stdio.h>

#define N 60

static double a(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

static void mul_av(const double *v, double *out) {
  for (int i = 0; i < N; i++) {
    double s = 0;
    for (int j = 0; j < N; j++) s += a(i, j) * v[j];
    out[i] = s;
  }
}

static void mul_atv(const double *v, double *out) {
  for (int i = 0; i < N; i++) {
    double s = 0;
    for (int j = 0; j < N; j++) s += a(j, i) * v[j];
    out[i] = s;
  }
}

static void mul_atav(const double *v, double *out) {
  double tmp[N];
  mul_av(v, tmp);
  mul_atv(tmp, out);
}

int main(void) {
  double u[N], v[N];
  for (int i = 0; i < N; i++) u[i] = 1;
  for (int i = 0; i < 10; i++) {
    mul_atav(u, v);
    mul_atav(v, u);
  }
  double vbv = 0, vv = 0;
  for (int i = 0; i < N; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  printf("%.9f\n", sqrt(vbv / vv));
  return 0;
}
