/* Calls through old-style declarations: no prototype, so the arguments are only promoted. */
#include <stdio.h>

int sum();
double mean();
long after_seven();
long nine();
double weigh();

int main(void) {
  printf("%d %d %d %d\n", sum(0), sum(1, 5), sum(3, 1, 2, 3), sum(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  printf("%.3f %.3f\n", mean(2, 1.0, 2.0), mean(7, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.5));
  printf("%ld\n", after_seven(1L, 1L, 1L, 1L, 1L, 1L, 1L, 4L, 2L, 0L));
  printf("%ld\n", nine(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L));
  printf("%.2f\n", weigh(3, 1.5, 10L, "7"));
  /* A pointer to a variadic function, through an unprototyped pointer type. */
  int (*f)() = sum;
  printf("%d\n", f(4, 10, 20, 30, 40));
  return 0;
}
