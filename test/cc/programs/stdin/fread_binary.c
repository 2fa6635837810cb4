/* fread from standard input in fixed-size blocks, with a checksum and the final short count. */
#include <stdio.h>

int main(void) {
  unsigned char block[10];
  size_t n, total = 0;
  unsigned sum = 0;
  int blocks = 0;
  while ((n = fread(block, 1, sizeof block, stdin)) > 0) {
    blocks++;
    total += n;
    for (size_t i = 0; i < n; i++) sum = sum * 31 + block[i];
    printf("block %d: %zu bytes\n", blocks, n);
  }
  printf("%zu bytes, checksum %u, eof %d, error %d\n", total, sum, feof(stdin) != 0, ferror(stdin) != 0);
  return 0;
}
