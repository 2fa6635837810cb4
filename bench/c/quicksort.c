// quicksort.c: a recursive quicksort (Hoare partition around the middle element) of N int32 values from the
// LCG x = 1664525 x + 1013904223 (mod 2^32, x0 = 1, each value the state read as signed); `quicksort N
// [REPEATS]` (see timing.h). Prints a checksum of the sorted array (h = h * 31 + value, modulo 2^32), or
// `unsorted` if the result is not in order. N comes from argv so gcc cannot fold it; each repetition allocates
// and fills its array inside the timed region.
#include "timing.h"

/** Sorts a[low..high] (inclusive) in place. */
static void quicksort(int32_t *a, int64_t low, int64_t high) {
  const int32_t pivot = a[low + (high - low) / 2];
  int64_t i = low, j = high;
  while (i <= j) {
    while (a[i] < pivot) i++;
    while (a[j] > pivot) j--;
    if (i <= j) {
      const int32_t t = a[i];
      a[i] = a[j];
      a[j] = t;
      i++;
      j--;
    }
  }
  if (low < j) quicksort(a, low, j);
  if (i < high) quicksort(a, i, high);
}

int main(int argc, char **argv) {
  if (argc != 2 && argc != 3) {
    fprintf(stderr, "usage: quicksort N [REPEATS]\n");
    return 2;
  }
  const int64_t nArg = strtoll(argv[1], NULL, 10);
  const long repeats = bench_repeats(argc == 3 ? argv[2] : NULL);
  if (nArg < 1) {
    fprintf(stderr, "N must be positive\n");
    return 2;
  }
  uint64_t first = 0;
  for (long repetition = 0; repetition < repeats; repetition++) {
    int64_t n = nArg;
    const uint64_t start = bench_now_ns();
    bench_opaque(n);
    int32_t *a = malloc((size_t)n * sizeof *a);
    if (a == NULL) return 1;
    uint32_t x = 1;
    for (int64_t i = 0; i < n; i++) {
      x = x * 1664525u + 1013904223u;
      a[i] = (int32_t)x;
    }
    quicksort(a, 0, n - 1);
    uint64_t result = 0; // the checksum, or 2^32 when unsorted
    uint32_t checksum = 0;
    for (int64_t i = 0; i < n; i++) {
      if (i > 0 && a[i - 1] > a[i]) result = (uint64_t)1 << 32;
      checksum = checksum * 31 + (uint32_t)a[i];
    }
    if (result == 0) result = checksum;
    bench_use(result);
    const uint64_t end = bench_now_ns();
    free(a);
    bench_report(start, end);
    if (repetition == 0) first = result;
    bench_check(repetition, result, first);
  }
  if (first >> 32 != 0) printf("unsorted\n");
  else printf("%" PRIu64 "\n", first);
  return 0;
}
