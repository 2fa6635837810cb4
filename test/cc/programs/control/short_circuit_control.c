/* Control flow that depends on short-circuit evaluation: guards, early exits and chained tests. */
#include <stdio.h>

static int trace[16];
static int n;
static int mark(int id, int value) {
  trace[n++] = id;
  return value;
}

int main(void) {
  if (mark(1, 0) && mark(2, 1)) printf("no\n");
  if (mark(3, 1) || mark(4, 1)) printf("yes\n");
  if ((mark(5, 1) && mark(6, 0)) || mark(7, 1)) printf("yes\n");
  while (mark(8, 0) && mark(9, 1)) {
  }
  for (int i = 0; i < 3 && mark(10 + i, i < 2); i++) {
  }
  for (int i = 0; i < n; i++) printf("%d ", trace[i]);
  printf("\n");
  int a[5] = {1, 2, 3, 0, 5};
  int i = 0;
  while (i < 5 && a[i] != 0) i++;
  printf("%d\n", i);
  return 0;
}
