/* malloc, calloc, realloc and free: growing buffers, zeroed memory, shrinking, many small blocks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  int *a = malloc(10 * sizeof *a);
  if (!a) return 1;
  for (int i = 0; i < 10; i++) a[i] = i * i;
  a = realloc(a, 1000 * sizeof *a);
  if (!a) return 1;
  for (int i = 10; i < 1000; i++) a[i] = i;
  long s = 0;
  for (int i = 0; i < 1000; i++) s += a[i];
  printf("%ld %d %d\n", s, a[9], a[999]);
  a = realloc(a, 5 * sizeof *a);
  printf("%d %d\n", a[0], a[4]);
  free(a);
  long *z = calloc(100, sizeof *z);
  if (!z) return 1;
  long zs = 0;
  for (int i = 0; i < 100; i++) zs += z[i];
  printf("%ld\n", zs);
  free(z);
  char *blocks[200];
  for (int i = 0; i < 200; i++) {
    blocks[i] = malloc((size_t)(i % 37) + 1);
    if (!blocks[i]) return 1;
    memset(blocks[i], 'a' + i % 26, (size_t)(i % 37));
    blocks[i][i % 37] = 0;
  }
  for (int i = 0; i < 200; i += 2) free(blocks[i]);
  for (int i = 0; i < 200; i += 2) {
    blocks[i] = malloc(50);
    if (!blocks[i]) return 1;
    strcpy(blocks[i], "refilled");
  }
  size_t total = 0;
  for (int i = 0; i < 200; i++) total += strlen(blocks[i]);
  printf("%zu %s %s\n", total, blocks[3], blocks[4]);
  for (int i = 0; i < 200; i++) free(blocks[i]);
  char *str = NULL;
  size_t len = 0;
  for (int i = 0; i < 50; i++) {
    char piece[8];
    int n = sprintf(piece, "%d;", i);
    str = realloc(str, len + (size_t)n + 1);
    if (!str) return 1;
    memcpy(str + len, piece, (size_t)n + 1);
    len += (size_t)n;
  }
  printf("%zu %.20s...%s\n", len, str, str + len - 6);
  free(str);
  free(NULL);
  void *r = realloc(NULL, 16);
  printf("%d\n", r != NULL);
  free(r);
  return 0;
}
