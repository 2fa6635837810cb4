// hash.c: 64-bit FNV-1a over a filled buffer, several passes, the native column for examples/hash.s:
// `hash SIZE PASSES [REPEATS]` (see timing.h). Size and passes come from argv so gcc cannot fold them. Each
// repetition allocates and fills its buffer inside the timed region (as the JS version does).
#include "timing.h"

int main(int argc, char **argv) {
  if (argc != 3 && argc != 4) {
    fprintf(stderr, "usage: hash SIZE PASSES [REPEATS]\n");
    return 2;
  }
  const uint64_t sizeArg = strtoull(argv[1], NULL, 10);
  const uint64_t passesArg = strtoull(argv[2], NULL, 10);
  const long repeats = bench_repeats(argc == 4 ? argv[3] : NULL);
  uint64_t first = 0;
  for (long repetition = 0; repetition < repeats; repetition++) {
    uint64_t size = sizeArg;
    uint64_t passes = passesArg;
    const uint64_t start = bench_now_ns();
    bench_opaque(size);
    bench_opaque(passes);
    uint8_t *buffer = malloc(size);
    if (buffer == NULL) return 1;
    for (uint64_t i = 0; i < size; i++) buffer[i] = (uint8_t)(i * 31 + (i >> 8));
    uint64_t hash = 0xcbf29ce484222325u; // FNV offset basis
    for (uint64_t pass = 0; pass < passes; pass++) {
      for (uint64_t i = 0; i < size; i++) {
        hash ^= buffer[i];
        hash *= 0x100000001b3u; // FNV prime
      }
    }
    bench_use(hash);
    const uint64_t end = bench_now_ns();
    free(buffer);
    bench_report(start, end);
    if (repetition == 0) first = hash;
    bench_check(repetition, hash, first);
  }
  printf("%" PRIu64 "\n", first);
  return 0;
}
