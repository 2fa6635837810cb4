/* Prefix sums, sliding windows and a 2D summed-area table over fixed arrays. */
#include <stdio.h>

int main(void) {
  int a[12] = {5, -2, 7, 3, -8, 6, 1, 0, 4, -3, 9, 2};
  long prefix[13] = {0};
  for (int i = 0; i < 12; i++) prefix[i + 1] = prefix[i] + a[i];
  for (int i = 0; i <= 12; i++) printf("%ld ", prefix[i]);
  printf("\n");
  long best = prefix[4] - prefix[0];
  int at = 0;
  for (int i = 1; i + 4 <= 12; i++)
    if (prefix[i + 4] - prefix[i] > best) {
      best = prefix[i + 4] - prefix[i];
      at = i;
    }
  printf("best window of 4 at %d: %ld\n", at, best);
  int m[4][5];
  for (int r = 0; r < 4; r++)
    for (int c = 0; c < 5; c++) m[r][c] = (r + 1) * (c + 2) % 7;
  int sat[5][6] = {{0}};
  for (int r = 0; r < 4; r++)
    for (int c = 0; c < 5; c++) sat[r + 1][c + 1] = m[r][c] + sat[r][c + 1] + sat[r + 1][c] - sat[r][c];
  printf("%d %d\n", sat[4][5], sat[3][3] - sat[1][3] - sat[3][1] + sat[1][1]);
  return 0;
}
