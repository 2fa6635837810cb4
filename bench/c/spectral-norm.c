// spectral-norm.c: the spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
// truncated to N x N, by ten steps of the power method on A^T A (the Computer Language Benchmarks Game
// algorithm): `spectral-norm N [REPEATS]` (see timing.h). Prints the norm, `%.9f`. N comes from argv so gcc
// cannot fold it; each repetition allocates its vectors inside the timed region. Every sum runs in index
// order, as in JS (gcc -O2 does not reorder floating-point sums).
#include "timing.h" // first: it defines _POSIX_C_SOURCE

#include <math.h>

static double a(int64_t i, int64_t j) {
  return 1.0 / (double)((i + j) * (i + j + 1) / 2 + i + 1);
}

/** out = A v */
static void multiply_av(int64_t n, const double *v, double *out) {
  for (int64_t i = 0; i < n; i++) {
    double sum = 0;
    for (int64_t j = 0; j < n; j++) sum += a(i, j) * v[j];
    out[i] = sum;
  }
}

/** out = A^T v */
static void multiply_atv(int64_t n, const double *v, double *out) {
  for (int64_t i = 0; i < n; i++) {
    double sum = 0;
    for (int64_t j = 0; j < n; j++) sum += a(j, i) * v[j];
    out[i] = sum;
  }
}

/** out = A^T A v, through `scratch` */
static void multiply_atav(int64_t n, const double *v, double *out, double *scratch) {
  multiply_av(n, v, scratch);
  multiply_atv(n, scratch, out);
}

int main(int argc, char **argv) {
  if (argc != 2 && argc != 3) {
    fprintf(stderr, "usage: spectral-norm N [REPEATS]\n");
    return 2;
  }
  const int64_t nArg = strtoll(argv[1], NULL, 10);
  const long repeats = bench_repeats(argc == 3 ? argv[2] : NULL);
  double first = 0;
  for (long repetition = 0; repetition < repeats; repetition++) {
    int64_t n = nArg;
    const uint64_t start = bench_now_ns();
    bench_opaque(n);
    double *u = malloc((size_t)n * sizeof *u);
    double *v = malloc((size_t)n * sizeof *v);
    double *scratch = malloc((size_t)n * sizeof *scratch);
    if (u == NULL || v == NULL || scratch == NULL) return 1;
    for (int64_t i = 0; i < n; i++) u[i] = 1;
    for (int step = 0; step < 10; step++) {
      multiply_atav(n, u, v, scratch);
      multiply_atav(n, v, u, scratch);
    }
    double vbv = 0, vv = 0;
    for (int64_t i = 0; i < n; i++) {
      vbv += u[i] * v[i];
      vv += v[i] * v[i];
    }
    const double norm = sqrt(vbv / vv);
    bench_use(norm);
    const uint64_t end = bench_now_ns();
    free(u);
    free(v);
    free(scratch);
    bench_report(start, end);
    if (repetition == 0) first = norm;
    bench_check(repetition, bench_double_bits(norm), bench_double_bits(first));
  }
  printf("%.9f\n", first);
  return 0;
}
