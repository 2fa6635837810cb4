/* Abstract declarators in casts and sizeof: pointer to array, pointer to function, array of pointers. */
#include <stdio.h>

static int twice(int x) { return 2 * x; }

int main(void) {
  printf("%d\n", (int)sizeof(int *[5]));
  printf("%d\n", (int)sizeof(int (*)[5]));
  printf("%d\n", (int)sizeof(int (*)(int)));
  printf("%d\n", (int)sizeof(char[2][3]));
  printf("%d\n", (int)sizeof(double *(*)[4]));
  int grid[2][5] = {{0, 1, 2, 3, 4}, {5, 6, 7, 8, 9}};
  void *v = grid;
  int (*rows)[5] = (int (*)[5])v;
  printf("%d\n", rows[1][2]);
  void *f = 0;
  (void)f;
  int (*fp)(int) = (int (*)(int))twice;
  printf("%d\n", fp(21));
  unsigned long n = (unsigned long)(unsigned char)(-1);
  printf("%lu\n", n);
  return 0;
}
