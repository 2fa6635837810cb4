// sqrt as the compiler emits it (the instruction, the library only for a negative argument): signed zeros,
// infinities and NaN pass through, a negative argument is a domain error (errno EDOM, a NaN), also in a
// loop and through a function pointer (which calls the library's sqrt).
#include <errno.h>
#include <math.h>
#include <stdio.h>

/* A NaN's sign is left out: which NaN an operation makes is not C's to say (x86 makes negative ones). */
static void show(const char *what, double x, double r) {
  if (isnan(x)) printf("%s nan -> ", what);
  else printf("%s %g -> ", what, x);
  if (isnan(r)) printf("nan\n");
  else printf("%g sign %d\n", r, signbit(r) != 0);
}

int main(void) {
  volatile double values[] = {2.0, 0.0, -0.0, 1e308, 4.0, -1.0, -INFINITY, INFINITY, NAN, -1e-300};
  for (int i = 0; i < 10; i++) {
    errno = 0;
    double r = sqrt(values[i]);
    show("sqrt", values[i], r);
    printf("  edom %d\n", errno == EDOM);
  }
  double (*f)(double) = sqrt;
  errno = 0;
  show("pointer", -4.0, f(-4.0));
  printf("  edom %d\n", errno == EDOM);
  double sum = 0;
  int domain = 0;
  for (int i = -3; i < 100; i++) {
    errno = 0;
    double r = sqrt((double)i);
    if (errno == EDOM) domain++;
    else sum += r;
  }
  printf("%.12f %d\n", sum, domain);
  return 0;
}
