// timing.h: what the C benchmarks share, under gcc and under Tessera's C compiler (`__tessera__`). Each program
// runs its computation REPEATS times (argv, default 1), timing each repetition alone and writing `time_ns <n>`
// to stderr; it prints the result once, on stdout, exactly as the other columns produce it (every repetition
// must agree). Under gcc the clock is clock_gettime(CLOCK_MONOTONIC) and the inputs pass through bench_opaque
// and the result through bench_use, so gcc can neither fold the work away, nor hoist it out of the repetition
// loop, nor move it outside the two clock readings. Under Tessera the clock is the C library's clock() (the
// host's monotonic clock, in microseconds) and the two markers are empty: its compiler does not move code
// across statements or fold values that come from argv.
#ifndef BENCH_TIMING_H
#define BENCH_TIMING_H

#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef __tessera__

/** Nothing to hide: Tessera's compiler does not optimize across statements. */
#define bench_opaque(x) ((void)0)
#define bench_use(x) ((void)0)

/** The monotonic clock in nanoseconds, to the microsecond: clock() is all Tessera's C library offers. */
static inline uint64_t bench_now_ns(void) {
  return (uint64_t)clock() * (1000000000u / CLOCKS_PER_SEC);
}

#else

/** The optimizer must assume `x` changes here (after the start time is read). */
#define bench_opaque(x) __asm__ volatile("" : "+r"(x) : : "memory")
/** The optimizer must assume `x` is needed here (before the end time is read). */
#define bench_use(x) __asm__ volatile("" : : "r"(x) : "memory")

static inline uint64_t bench_now_ns(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
}

#endif

/** The optional REPEATS argument (NULL: 1); exits with status 2 unless it is a positive integer. */
static inline long bench_repeats(const char *text) {
  if (text == NULL) return 1;
  char *end;
  long repeats = strtol(text, &end, 10);
  if (*end != '\0' || repeats < 1) {
    fprintf(stderr, "REPEATS must be a positive integer, got %s\n", text);
    exit(2);
  }
  return repeats;
}

/** Reports one repetition's compute time (stderr is unbuffered; this happens outside the timed region). */
static inline void bench_report(uint64_t start, uint64_t end) {
  fprintf(stderr, "time_ns %" PRIu64 "\n", end - start);
}

/** The bits of a double, so that bench_check can compare double results exactly. */
static inline uint64_t bench_double_bits(double value) {
  uint64_t bits;
  memcpy(&bits, &value, sizeof bits);
  return bits;
}

/** Exits with status 1 when a repetition's result differs from the first one's. */
static inline void bench_check(long repetition, uint64_t result, uint64_t first) {
  if (repetition > 0 && result != first) {
    fprintf(stderr, "repetition %ld computed %" PRIu64 ", the first computed %" PRIu64 "\n", repetition + 1,
            result, first);
    exit(1);
  }
}

#endif
