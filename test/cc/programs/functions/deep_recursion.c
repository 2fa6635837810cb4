/* Recursion six hundred frames deep with locals in every frame. */
#include <stdio.h>

static long depth_sum(int n) {
  int local[4] = {n, n * 2, n * 3, n * 4};
  if (n == 0) return 0;
  return local[0] + local[3] / 4 + depth_sum(n - 1) - local[1] / 2;
}

static int count_nodes(int depth) { return depth == 0 ? 1 : 1 + count_nodes(depth - 1) + count_nodes(depth - 1); }

int main(void) {
  printf("%ld\n", depth_sum(600));
  printf("%d\n", count_nodes(15));
  return 0;
}
