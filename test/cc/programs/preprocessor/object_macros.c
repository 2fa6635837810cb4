/* Object-like macros: constants, expressions that need parentheses, redefinition after #undef. */
#include <stdio.h>

#define SIZE 10
#define DOUBLE_SIZE (SIZE * 2)
#define BAD_SUM 1 + 2
#define GOOD_SUM (1 + 2)
#define EMPTY
#define GREETING "hello"
#define PI 3.14159

int main(void) {
  int arr[SIZE];
  printf("%d %d\n", (int)(sizeof arr / sizeof arr[0]), DOUBLE_SIZE);
  printf("%d %d\n", BAD_SUM * 3, GOOD_SUM * 3);
  printf("%s %g\n", GREETING, PI);
  EMPTY printf("empty expands to nothing\n");
#undef SIZE
#define SIZE 3
  printf("%d\n", SIZE);
#undef SIZE
#ifdef SIZE
  printf("still defined\n");
#else
  printf("undefined\n");
#endif
  return 0;
}
