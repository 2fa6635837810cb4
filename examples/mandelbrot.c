// mandelbrot.c: prints the Mandelbrot set as ASCII art, 78 columns by 32 rows.
#include <stdio.h>

int main(void) {
  const char *shades = " .:-=+*#%@";
  const int width = 78, height = 32, limit = 200;
  for (int row = 0; row < height; row++) {
    for (int column = 0; column < width; column++) {
      double cr = -2.2 + 3.0 * column / width;
      double ci = -1.2 + 2.4 * row / height;
      double zr = 0.0, zi = 0.0;
      int n = 0;
      while (n < limit && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        n++;
      }
      putchar(n == limit ? '@' : shades[n % 9]);
    }
    putchar('\n');
  }
  return 0;
}
