/* exit() from a nested function ends the program with its status; code after it never runs. */
#include <stdio.h>
#include <stdlib.h>

static void fail(int code) {
  printf("exiting with %d\n", code);
  exit(code);
}

static int work(int depth) {
  if (depth == 3) fail(42);
  return work(depth + 1) + 1;
}

int main(void) {
  printf("%d\n", work(0));
  printf("not reached\n");
  return 0;
}
