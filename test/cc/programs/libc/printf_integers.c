/* printf integer conversions d i u o x X c with every flag, width and precision combination that is defined. */
#include <limits.h>
#include <stdio.h>

int main(void) {
  int values[] = {0, 1, -1, 42, -42, 255, INT_MAX, INT_MIN};
  for (int i = 0; i < 8; i++) {
    int v = values[i];
    printf("[%d] [%i] [%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%8.3d] [%-8.3d|] [%+.0d]\n", v, v, v, v, v, v, v, v, v, v, v);
  }
  unsigned uvalues[] = {0, 1, 8, 255, 4096, UINT_MAX};
  for (int i = 0; i < 6; i++) {
    unsigned v = uvalues[i];
    printf("[%u] [%o] [%#o] [%x] [%#x] [%X] [%#X] [%08x] [%#010x] [%.0u] [%.0o] [%#.0o] [%-#8x|]\n", v, v, v, v, v, v, v, v, v,
           v, v, v, v);
  }
  printf("[%c] [%3c] [%-3c] [%c]\n", 'a', 'b', 'c', 65);
  printf("[%*d] [%-*d] [%.*d] [%*.*d]\n", 6, 42, 6, 42, 4, 42, 8, 5, -42);
  printf("[%*d]\n", -6, 7);
  printf("[%.*d]\n", -3, 7);
  printf("[%%]\n");
  return 0;
}
