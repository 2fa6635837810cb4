// mandelbrot.c: the Computer Language Benchmarks Game's mandelbrot: an N x N bitmap of the Mandelbrot set over
// [-1.5, 0.5] x [-1, 1], 50 iterations, escape at |z|^2 > 4, eight pixels to a byte (rows padded), but
// hashed instead of printed: `mandelbrot N [REPEATS]` (see timing.h). Prints the number of points in the set
// and a checksum of the bitmap's bytes (h = h * 31 + byte, modulo 2^32), `inside checksum`. N comes from argv
// so gcc cannot fold it. gcc -O2 on x86-64 does not contract into fused multiply-adds, so each operation is
// rounded as in JS and in the interpreter.
#include "timing.h"

int main(int argc, char **argv) {
  if (argc != 2 && argc != 3) {
    fprintf(stderr, "usage: mandelbrot N [REPEATS]\n");
    return 2;
  }
  const int64_t sizeArg = strtoll(argv[1], NULL, 10);
  const long repeats = bench_repeats(argc == 3 ? argv[2] : NULL);
  uint64_t first_inside = 0;
  uint32_t first_checksum = 0;
  for (long repetition = 0; repetition < repeats; repetition++) {
    int64_t size = sizeArg;
    const uint64_t start = bench_now_ns();
    bench_opaque(size);
    uint64_t inside = 0;
    uint32_t checksum = 0;
    for (int64_t y = 0; y < size; y++) {
      const double ci = 2.0 * y / size - 1.0;
      uint32_t byte = 0;
      int bits = 0;
      for (int64_t x = 0; x < size; x++) {
        const double cr = 2.0 * x / size - 1.5;
        double zr = 0, zi = 0, tr = 0, ti = 0;
        for (int i = 0; i < 50 && tr + ti <= 4.0; i++) {
          zi = 2.0 * zr * zi + ci;
          zr = tr - ti + cr;
          tr = zr * zr;
          ti = zi * zi;
        }
        byte <<= 1;
        if (tr + ti <= 4.0) {
          byte |= 1;
          inside++;
        }
        if (++bits == 8 || x == size - 1) {
          byte <<= 8 - bits; // a short last byte of a row is padded with zero bits
          checksum = checksum * 31 + byte;
          byte = 0;
          bits = 0;
        }
      }
    }
    bench_use(inside);
    bench_use(checksum);
    const uint64_t end = bench_now_ns();
    bench_report(start, end);
    if (repetition == 0) {
      first_inside = inside;
      first_checksum = checksum;
    }
    bench_check(repetition, inside, first_inside);
    bench_check(repetition, checksum, first_checksum);
  }
  printf("%" PRIu64 " %" PRIu32 "\n", first_inside, first_checksum);
  return 0;
}
