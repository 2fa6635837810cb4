// matmul.c: C = A B for N x N matrices of doubles, in i-k-j order, then a weighted checksum of C;
// `matmul N [REPEATS]` (see timing.h). A and B are filled, row by row, A first, from the LCG
// x = 1664525 x + 1013904223 (mod 2^32, x0 = 1) as ((x >> 24) - 128) / 64: multiples of 1/64 below 2, so every
// product and sum is exact (for N up to about 10^4) and the result does not depend on the order of the additions
// or on fused multiply-adds. Prints the sum of C(i, j) ((i + j) % 7 + 1), `%.4f`. N comes from argv so gcc cannot
// fold it; each repetition allocates and fills its matrices inside the timed region.
#include "timing.h"

int main(int argc, char **argv) {
  if (argc != 2 && argc != 3) {
    fprintf(stderr, "usage: matmul N [REPEATS]\n");
    return 2;
  }
  const int64_t nArg = strtoll(argv[1], NULL, 10);
  const long repeats = bench_repeats(argc == 3 ? argv[2] : NULL);
  double first = 0;
  for (long repetition = 0; repetition < repeats; repetition++) {
    int64_t n = nArg;
    const uint64_t start = bench_now_ns();
    bench_opaque(n);
    double *a = malloc((size_t)(n * n) * sizeof *a);
    double *b = malloc((size_t)(n * n) * sizeof *b);
    double *c = malloc((size_t)(n * n) * sizeof *c);
    if (a == NULL || b == NULL || c == NULL) return 1;
    uint32_t x = 1;
    for (int64_t i = 0; i < n * n; i++) {
      x = x * 1664525u + 1013904223u;
      a[i] = (double)((int32_t)(x >> 24) - 128) / 64;
    }
    for (int64_t i = 0; i < n * n; i++) {
      x = x * 1664525u + 1013904223u;
      b[i] = (double)((int32_t)(x >> 24) - 128) / 64;
    }
    for (int64_t i = 0; i < n * n; i++) c[i] = 0;
    for (int64_t i = 0; i < n; i++) {
      double *row = &c[i * n];
      for (int64_t k = 0; k < n; k++) {
        const double aik = a[i * n + k];
        const double *bk = &b[k * n];
        for (int64_t j = 0; j < n; j++) row[j] += aik * bk[j];
      }
    }
    double checksum = 0;
    for (int64_t i = 0; i < n; i++) {
      for (int64_t j = 0; j < n; j++) checksum += c[i * n + j] * (double)((i + j) % 7 + 1);
    }
    bench_use(checksum);
    const uint64_t end = bench_now_ns();
    free(a);
    free(b);
    free(c);
    bench_report(start, end);
    if (repetition == 0) first = checksum;
    bench_check(repetition, bench_double_bits(checksum), bench_double_bits(first));
  }
  printf("%.4f\n", first);
  return 0;
}
