/* Labels in odd places, empty statements, nested compound statements and variables declared mid-block. */
#include <stdio.h>

int main(void) {
  int x = 1;
  {
    int x = 2;
    {
      int x = 3;
      printf("%d ", x);
    }
    printf("%d ", x);
  }
  printf("%d\n", x);
  ;
  ;
  int i = 0;
again:;
  int fresh = i * 10;
  printf("%d ", fresh);
  if (++i < 3) goto again;
  printf("\n");
  for (int k = 0; k < 3; k++) {
    int sq = k * k;
    if (sq == 1) continue;
    printf("%d ", sq);
  }
  printf("\n");
  return 0;
}
