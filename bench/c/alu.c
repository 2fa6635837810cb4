// alu.c: the 64-bit ALU loop of bench/programs/alu.s, `alu ITERATIONS [REPEATS]` (see timing.h); prints the
// exit status the VP program returns (the low byte of the accumulator). The iteration count comes from argv
// so gcc cannot fold the loop.
#include "timing.h"

int main(int argc, char **argv) {
  if (argc != 2 && argc != 3) {
    fprintf(stderr, "usage: alu ITERATIONS [REPEATS]\n");
    return 2;
  }
  const int64_t iterationsArg = strtoll(argv[1], NULL, 10);
  const long repeats = bench_repeats(argc == 3 ? argv[2] : NULL);
  uint64_t first = 0;
  for (long repetition = 0; repetition < repeats; repetition++) {
    int64_t iterations = iterationsArg;
    const uint64_t start = bench_now_ns();
    bench_opaque(iterations);
    uint64_t accumulator = 0;
    const uint64_t multiplier = 0x9e3779b97f4a7c15u;
    int64_t counter = 0;
    do { // the VP loop tests at the bottom, so the body runs at least once
      accumulator += (uint64_t)counter;
      accumulator ^= 0x5bd1;
      accumulator <<= 1;
      accumulator += multiplier;
      counter += 1;
    } while (counter < iterations);
    const uint64_t result = accumulator & 255;
    bench_use(result);
    const uint64_t end = bench_now_ns();
    bench_report(start, end);
    if (repetition == 0) first = result;
    bench_check(repetition, result, first);
  }
  printf("%" PRIu64 "\n", first);
  return 0;
}
