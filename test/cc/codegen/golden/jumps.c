/* A branch over a jump becomes the opposite branch; jumps to jumps and to returns are short-cut. */
#include <stdio.h>

int count_nonzero(const int *a, int n) {
  int count = 0;
  for (int i = 0; i < n; i++) {
    if (a[i] == 0) continue;
    count++;
  }
  return count;
}

void clamp(int *a, int n) {
  for (int i = 0; i < n; i++) {
    if (a[i] < 0) a[i] = 0;
    else if (a[i] > 9) a[i] = 9;
  }
}

int main(void) {
  int a[5] = {0, -3, 12, 5, 0};
  printf("%d ", count_nonzero(a, 5));
  clamp(a, 5);
  printf("%d %d %d\n", a[1], a[2], a[3]);
  return 0;
}
