/* Deeply nested loops with dependent bounds: triangles, pyramids and counting lattice points. */
#include <stdio.h>

int main(void) {
  for (int i = 1; i <= 5; i++) {
    for (int s = 0; s < 5 - i; s++) putchar(' ');
    for (int j = 0; j < 2 * i - 1; j++) putchar('*');
    putchar('\n');
  }
  int count = 0;
  for (int x = -5; x <= 5; x++)
    for (int y = -5; y <= 5; y++)
      if (x * x + y * y <= 25) count++;
  printf("%d\n", count);
  long triples = 0;
  for (int a = 1; a < 30; a++)
    for (int b = a; b < 30; b++)
      for (int c = b; c < 30; c++)
        if (a * a + b * b == c * c) {
          triples++;
          printf("(%d,%d,%d)", a, b, c);
        }
  printf("\n%ld\n", triples);
  int table[10][10];
  for (int i = 0; i < 10; i++)
    for (int j = 0; j < 10; j++) table[i][j] = (i + 1) * (j + 1);
  int diag = 0;
  for (int i = 0; i < 10; i++) diag += table[i][9 - i];
  printf("%d\n", diag);
  return 0;
}
