// fib.c: recursive Fibonacci, the native column for examples/fib.s: `fib N [REPEATS]` (see timing.h).
// n comes from argv so gcc cannot fold it.
#include "timing.h"

static int64_t fib(int64_t n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

int main(int argc, char **argv) {
  if (argc != 2 && argc != 3) {
    fprintf(stderr, "usage: fib N [REPEATS]\n");
    return 2;
  }
  const int64_t n = strtoll(argv[1], NULL, 10);
  const long repeats = bench_repeats(argc == 3 ? argv[2] : NULL);
  int64_t first = 0;
  for (long repetition = 0; repetition < repeats; repetition++) {
    int64_t input = n;
    const uint64_t start = bench_now_ns();
    bench_opaque(input);
    const int64_t result = fib(input);
    bench_use(result);
    const uint64_t end = bench_now_ns();
    bench_report(start, end);
    if (repetition == 0) first = result;
    bench_check(repetition, (uint64_t)result, (uint64_t)first);
  }
  printf("%" PRId64 "\n", first);
  return 0;
}
