/* break and continue affect only the innermost loop; continue in do-while and for jumps to the condition/step. */
#include <stdio.h>

int main(void) {
  for (int i = 0; i < 10; i++) {
    if (i % 3 == 0) continue;
    if (i == 8) break;
    printf("%d ", i);
  }
  printf("\n");
  for (int i = 0; i < 4; i++) {
    for (int j = 0; j < 4; j++) {
      if (j > i) break;
      if ((i + j) % 2) continue;
      printf("(%d,%d)", i, j);
    }
  }
  printf("\n");
  int k = 0, visits = 0;
  do {
    k++;
    if (k < 5) continue;
    visits++;
  } while (k < 8);
  printf("%d %d\n", k, visits);
  int w = 0, evens = 0;
  while (w < 20) {
    w++;
    if (w & 1) continue;
    evens++;
  }
  printf("%d\n", evens);
  int found = -1;
  for (int i = 2; i < 100; i++) {
    int prime = 1;
    for (int d = 2; d * d <= i; d++)
      if (i % d == 0) {
        prime = 0;
        break;
      }
    if (prime && i > 90) {
      found = i;
      break;
    }
  }
  printf("%d\n", found);
  return 0;
}
