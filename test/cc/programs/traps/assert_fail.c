// trap: aborted
// at: pop 11
/* A failing assert prints a message to stderr and aborts. */
#include <assert.h>
#include <stdio.h>

static int stack[4];
static int depth;

static int pop(void) {
  assert(depth > 0); // traps here
  return stack[--depth];
}

int main(void) {
  stack[depth++] = 7;
  printf("%d\n", pop());
  fflush(stdout);
  printf("%d\n", pop());
  return 0;
}
