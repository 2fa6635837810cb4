/* goto: forward and backward jumps, breaking out of nested loops, and a cleanup label. */
#include <stdio.h>

static int find(int m[3][3], int target, int *row, int *col) {
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++)
      if (m[i][j] == target) {
        *row = i;
        *col = j;
        goto found;
      }
  return 0;
found:
  return 1;
}

static int process(int fail_at) {
  int stage = 0;
  if (fail_at == 1) goto cleanup;
  stage = 1;
  if (fail_at == 2) goto cleanup;
  stage = 2;
cleanup:
  printf("cleanup after stage %d\n", stage);
  return stage;
}

int main(void) {
  int i = 0;
loop:
  printf("%d ", i);
  i++;
  if (i < 5) goto loop;
  printf("\n");
  int m[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
  int r = -1, c = -1;
  int hit = find(m, 6, &r, &c);
  printf("%d %d %d\n", hit, r, c);
  printf("%d\n", find(m, 10, &r, &c));
  for (int k = 0; k < 4; k++) process(k);
  goto skip;
  printf("skipped\n");
skip:
  printf("done\n");
  return 0;
}
