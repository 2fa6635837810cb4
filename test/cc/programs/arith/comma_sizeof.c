/* The comma operator evaluates left to right and yields its right operand; sizeof does not evaluate. */
#include <stdio.h>

int main(void) {
  int i = 0;
  int x = (i++, i++, i + 10);
  printf("%d %d\n", x, i);
  int y = (i = 5, i * 2);
  printf("%d %d\n", y, i);
  size_t n = sizeof(i++);
  printf("%d %d\n", (int)n, i);
  n = sizeof(x = 99);
  printf("%d %d\n", (int)n, x);
  int arr[10];
  printf("%d %d\n", (int)sizeof arr, (int)(sizeof arr / sizeof arr[0]));
  printf("%d %d\n", (int)sizeof(arr + 0), (int)sizeof(&arr));
  printf("%d %d %d\n", (int)sizeof 'x', (int)sizeof(char), (int)sizeof "hello");
  int j, k;
  for (j = 0, k = 10; j < k; j += 3, k -= 2) printf("(%d,%d)", j, k);
  printf("\n");
  int z = 1;
  z = (z += 2, z * z);
  printf("%d\n", z);
  return 0;
}
