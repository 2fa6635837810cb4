/* An ASCII Mandelbrot set, 60x24, with an escape-time palette. */
#include <stdio.h>

int main(void) {
  const char *palette = " .:-=+*#%@";
  long total = 0;
  for (int row = 0; row < 24; row++) {
    for (int col = 0; col < 60; col++) {
      double cr = -2.2 + col * (3.2 / 60), ci = -1.2 + row * (2.4 / 24);
      double zr = 0, zi = 0;
      int it = 0;
      while (it < 100 && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2 * zr * zi + ci;
        zr = t;
        it++;
      }
      total += it;
      putchar(palette[it >= 100 ? 9 : it % 9]);
    }
    putchar('\n');
  }
  printf("%ld\n", total);
  return 0;
}
