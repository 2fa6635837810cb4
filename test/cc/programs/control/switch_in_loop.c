/* break inside a switch leaves the switch, continue inside a switch continues the enclosing loop. */
#include <stdio.h>

int main(void) {
  const char *program = "a+b-c*d/e!";
  int letters = 0, ops = 0;
  for (const char *p = program; *p; p++) {
    switch (*p) {
    case '+':
    case '-':
    case '*':
    case '/':
      ops++;
      continue;
    case '!':
      break;
    default:
      letters++;
      continue;
    }
    printf("stop at %td\n", p - program);
    break;
  }
  printf("%d %d\n", letters, ops);
  int i = 0;
  while (i < 10) {
    switch (i % 4) {
    case 0: i += 3; break;
    case 3: i += 2; continue;
    default: i++;
    }
    printf("%d ", i);
  }
  printf("\n");
  return 0;
}
