/* Functions that take and return structs, called in chains and nested in arguments. */
#include <stdio.h>

struct complex { double re, im; };

static struct complex add(struct complex a, struct complex b) { return (struct complex){a.re + b.re, a.im + b.im}; }
static struct complex mul(struct complex a, struct complex b) {
  return (struct complex){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}
static struct complex cpower(struct complex z, int n) {
  struct complex r = {1, 0};
  while (n-- > 0) r = mul(r, z);
  return r;
}

int main(void) {
  struct complex i = {0, 1}, one = {1, 0};
  struct complex z = add(mul(i, i), one);
  printf("%g %g\n", z.re, z.im);
  for (int n = 0; n <= 8; n++) {
    struct complex p = cpower((struct complex){1, 1}, n);
    printf("(1+i)^%d = %g%+gi\n", n, p.re, p.im);
  }
  struct complex w = add(add(one, i), mul(add(one, one), i));
  printf("%g %g\n", w.re, w.im);
  return 0;
}
