/* Long printf format strings mixing many conversions and arguments, including more than the register-passed ones. */
#include <stdio.h>

int main(void) {
  printf("%d %ld %u %lu %c %s %f %e %g %x %o %%\n", -1, -2L, 3u, 4ul, '5', "six", 7.0, 8.0, 9.0, 10, 11);
  printf("%s|%5s|%-5s|%.2s|%c|%3c|%-3c|%d|%5d|%-5d|%05d\n", "a", "b", "c", "ddd", 'e', 'f', 'g', 1, 2, 3, 4);
  printf("%.1f %.2f %.3f %.4f %.5f %.6f %.7f %.8f\n", 1.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3);
  printf("%d %f %d %f %d %f %d %f %d %f\n", 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5);
  for (int i = 0; i < 3; i++) printf("%*d|%-*d|%0*d\n", i + 3, i, i + 3, i, i + 3, i);
  return 0;
}
