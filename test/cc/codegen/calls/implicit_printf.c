/* printf called without <stdio.h>: an implicit declaration, so the call has no prototype. */
int main(void) {
  printf("%d %s %f\n", 42, "x", 2.5);
  printf("%d %d %d %d %d %d %d %d %s %.2f %c\n", 1, 2, 3, 4, 5, 6, 7, 8, "nine", 10.25, 'k');
  printf("%.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f\n", 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5);
  printf("%ld %lu %x %s|%5s|%-3d|\n", -5L, 18446744073709551615UL, 255, "", "ab", 7);
  printf("no arguments\n");
  return 0;
}
