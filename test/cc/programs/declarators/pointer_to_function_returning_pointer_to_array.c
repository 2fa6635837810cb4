/* int (*(*f)(int))[3]: f points to a function taking int and returning a pointer to an array of 3 ints. */
#include <stdio.h>

static int rows[4][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}};

static int (*row(int i))[3] { return &rows[i]; }

int main(void) {
  int (*(*f)(int))[3] = row;
  int (*r)[3] = f(2);
  printf("%d %d %d\n", (*r)[0], (*r)[1], (*r)[2]);
  printf("%d\n", (*f(3))[1]);
  printf("%d\n", (*(*f)(0))[2]);
  printf("%d\n", (int)sizeof *f(1));
  return 0;
}
