/* rand() after srand(1), srand(42) and the default seed: the C library follows glibc's generator. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  printf("RAND_MAX %d\n", RAND_MAX);
  for (int i = 0; i < 5; i++) printf("%d ", rand());
  printf("\n");
  srand(1);
  for (int i = 0; i < 10; i++) printf("%d ", rand());
  printf("\n");
  srand(42);
  for (int i = 0; i < 10; i++) printf("%d ", rand());
  printf("\n");
  srand(0);
  for (int i = 0; i < 5; i++) printf("%d ", rand());
  printf("\n");
  srand(12345);
  long sum = 0;
  for (int i = 0; i < 1000; i++) sum += rand() % 100;
  printf("%ld\n", sum);
  srand(1);
  int dice[6] = {0};
  for (int i = 0; i < 600; i++) dice[rand() % 6]++;
  for (int i = 0; i < 6; i++) printf("%d ", dice[i]);
  printf("\n");
  return 0;
}
