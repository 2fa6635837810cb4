/* With empty standard input, getchar returns EOF at once, fgets returns NULL and scanf returns EOF. */
#include <stdio.h>

int main(void) {
  printf("%d\n", getchar() == EOF);
  char buf[8];
  printf("%d\n", fgets(buf, sizeof buf, stdin) == NULL);
  int x;
  printf("%d\n", scanf("%d", &x) == EOF);
  printf("%d\n", feof(stdin) != 0);
  return 0;
}
