/* int *a[3] is an array of pointers; int (*p)[3] is a pointer to an array; both, side by side. */
#include <stdio.h>

int main(void) {
  int x = 1, y = 2, z = 3;
  int *a[3] = {&x, &y, &z};
  int arr[3] = {10, 20, 30};
  int (*p)[3] = &arr;
  printf("%d %d %d\n", (int)sizeof a, (int)sizeof p, (int)sizeof *p);
  printf("%d %d\n", *a[1], (*p)[1]);
  *a[2] = 33;
  (*p)[2] = 300;
  printf("%d %d\n", z, arr[2]);
  int *(*pa)[3] = &a;
  printf("%d\n", *(*pa)[0]);
  int (*ap[2])[3] = {&arr, p};
  printf("%d\n", (*ap[1])[0]);
  int **pp = a;
  printf("%d\n", **(pp + 2));
  return 0;
}
