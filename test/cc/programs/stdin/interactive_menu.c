/* A menu loop driven by commands on standard input, like an interactive program fed from a file. */
#include <stdio.h>
#include <string.h>

int main(void) {
  char cmd[32];
  long stack[16];
  int sp = 0;
  printf("> ");
  while (scanf("%31s", cmd) == 1) {
    if (strcmp(cmd, "push") == 0) {
      long v;
      if (scanf("%ld", &v) == 1 && sp < 16) stack[sp++] = v;
    } else if (strcmp(cmd, "pop") == 0) {
      if (sp > 0) printf("%ld\n", stack[--sp]);
      else printf("empty\n");
    } else if (strcmp(cmd, "add") == 0 && sp >= 2) {
      sp--;
      stack[sp - 1] += stack[sp];
    } else if (strcmp(cmd, "quit") == 0) {
      printf("bye\n");
      return 0;
    } else {
      printf("unknown %s\n", cmd);
    }
    printf("> ");
  }
  printf("eof\n");
  return 1;
}
