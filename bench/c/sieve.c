// sieve.c: the sieve of Eratosthenes over a byte array, the native column for examples/sieve.s:
// `sieve LIMIT [REPEATS]` (see timing.h). The limit comes from argv so gcc cannot fold it. Each repetition
// allocates its zeroed array inside the timed region (as the JS version does) and frees it outside.
#include "timing.h"

int main(int argc, char **argv) {
  if (argc != 2 && argc != 3) {
    fprintf(stderr, "usage: sieve LIMIT [REPEATS]\n");
    return 2;
  }
  const int64_t limitArg = strtoll(argv[1], NULL, 10);
  const long repeats = bench_repeats(argc == 3 ? argv[2] : NULL);
  int64_t first = 0;
  for (long repetition = 0; repetition < repeats; repetition++) {
    int64_t limit = limitArg;
    const uint64_t start = bench_now_ns();
    bench_opaque(limit);
    uint8_t *composite = calloc((size_t)limit, 1); // zeroed, like the VP program's bss
    if (composite == NULL) return 1;
    int64_t primes = 0;
    for (int64_t candidate = 2; candidate < limit; candidate++) {
      if (composite[candidate] != 0) continue;
      primes++;
      for (int64_t multiple = candidate * candidate; multiple < limit; multiple += candidate)
        composite[multiple] = 1;
    }
    bench_use(primes);
    const uint64_t end = bench_now_ns();
    free(composite);
    bench_report(start, end);
    if (repetition == 0) first = primes;
    bench_check(repetition, (uint64_t)primes, (uint64_t)first);
  }
  printf("%" PRId64 "\n", first);
  return 0;
}
