/* A variable-length array moves rsp: the frame is addressed from r13, the array is allocated below the
   frame with a stack-limit check (vp-alloc 0), and released at the end of each iteration and on break. */
#include <stdio.h>

int window_sums(int n, int rounds) {
  int total = 0;
  for (int r = 0; r < rounds; r++) {
    int window[n];
    for (int i = 0; i < n; i++) window[i] = i * r;
    if (window[n - 1] > 40) break;
    total += window[n - 1];
  }
  return total;
}

int main(void) {
  printf("%d\n", window_sums(5, 100));
  return 0;
}
