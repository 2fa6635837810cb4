// fannkuch-redux.c: the Computer Language Benchmarks Game's fannkuch-redux, single-threaded: for every
// permutation of 1..N, in the benchmark's order, count the flips of the first k elements until 1 comes first;
// `fannkuch-redux N [REPEATS]` (see timing.h). Prints the checksum (flips added for even permutation indices,
// subtracted for odd ones) and the most flips, `checksum max`. N (at most 16) comes from argv so gcc cannot
// fold it.
#include "timing.h"

/** The most flips over all permutations; `*checksum` gets the alternating sum. */
static int64_t fannkuch(int64_t n, int64_t *checksum) {
  int64_t perm1[16], perm[16], count[16];
  for (int64_t i = 0; i < n; i++) perm1[i] = i;
  int64_t max_flips = 0, sum = 0, permutation = 0, r = n;
  for (;;) {
    for (; r != 1; r--) count[r - 1] = r;
    for (int64_t i = 0; i < n; i++) perm[i] = perm1[i];
    int64_t flips = 0;
    for (int64_t k = perm[0]; k != 0; k = perm[0]) {
      for (int64_t i = 0, j = k; i < j; i++, j--) {
        const int64_t t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      flips++;
    }
    if (flips > max_flips) max_flips = flips;
    sum += permutation % 2 == 0 ? flips : -flips;
    // the next permutation: rotate the first r + 1 elements until one of the counts is not used up
    for (;;) {
      if (r == n) {
        *checksum = sum;
        return max_flips;
      }
      const int64_t perm0 = perm1[0];
      for (int64_t i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = perm0;
      if (--count[r] > 0) break;
      r++;
    }
    permutation++;
  }
}

int main(int argc, char **argv) {
  if (argc != 2 && argc != 3) {
    fprintf(stderr, "usage: fannkuch-redux N [REPEATS]\n");
    return 2;
  }
  const int64_t nArg = strtoll(argv[1], NULL, 10);
  const long repeats = bench_repeats(argc == 3 ? argv[2] : NULL);
  if (nArg < 1 || nArg > 16) {
    fprintf(stderr, "N must be 1 to 16\n");
    return 2;
  }
  int64_t first_checksum = 0, first_max = 0;
  for (long repetition = 0; repetition < repeats; repetition++) {
    int64_t n = nArg;
    const uint64_t start = bench_now_ns();
    bench_opaque(n);
    int64_t checksum = 0;
    const int64_t max_flips = fannkuch(n, &checksum);
    bench_use(checksum);
    bench_use(max_flips);
    const uint64_t end = bench_now_ns();
    bench_report(start, end);
    if (repetition == 0) {
      first_checksum = checksum;
      first_max = max_flips;
    }
    bench_check(repetition, (uint64_t)checksum, (uint64_t)first_checksum);
    bench_check(repetition, (uint64_t)max_flips, (uint64_t)first_max);
  }
  printf("%" PRId64 " %" PRId64 "\n", first_checksum, first_max);
  return 0;
}
