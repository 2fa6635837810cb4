/* Calls to small leaf functions run the callee's code in place: its registers renumbered, its labels made
   anew at each call, each return a jump to the end of the copy; callers keep caller-saved registers across
   them. A function with a call of its own, a frame or an instruction that may trap stays a call, as does one
   declared noinline. */
#include <stdio.h>

static long clamp(long x, long low, long high) {
  if (x < low) return low;
  if (x > high) return high;
  return x;
}

static double scale(double x) { return 1.0 / (x * x + 1); }

static void store(long *p, long v) { *p = v * 3; }

static long sum3(const long *v) {
  long local[3] = {v[0], v[1], v[2]}; /* a frame: stays a call */
  return local[0] + local[1] + local[2];
}

static __attribute__((noinline)) long twice(long x) { return 2 * x; } /* asked not to be */

static long noisy(long x) {
  printf("noisy %ld\n", x); /* a call: stays a call */
  return x;
}

int main(void) {
  long total = 0;
  double acc = 0;
  long cells[3];
  for (long i = -5; i < 25; i++) {
    total += clamp(i, 0, 20) + clamp(i * 2, -3, 3);
    acc += scale((double)i);
  }
  store(&cells[0], total);
  store(&cells[1], 2);
  store(&cells[2], clamp(total, 1, 2));
  printf("%ld %.6f %ld %ld %ld\n", total, acc, sum3(cells), noisy(7), twice(3));
  return 0;
}
