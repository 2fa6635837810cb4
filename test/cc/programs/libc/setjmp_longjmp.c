/* setjmp/longjmp: non-local exits from nested calls, the value passed back, longjmp(env, 0) returning 1. */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;
static int depth_reached;

static void dive(int depth) {
  depth_reached = depth;
  if (depth == 5) longjmp(env, depth * 10);
  dive(depth + 1);
  printf("never printed\n");
}

static jmp_buf retry_env;
static int attempts;
static void attempt(void) {
  attempts++;
  if (attempts < 3) longjmp(retry_env, attempts);
}

int main(void) {
  volatile int stage = 0;
  int r = setjmp(env);
  if (r == 0) {
    stage = 1;
    dive(0);
  } else {
    printf("back with %d from depth %d, stage %d\n", r, depth_reached, stage);
  }
  int code = setjmp(retry_env);
  printf("setjmp returned %d\n", code);
  attempt();
  printf("attempts %d\n", attempts);
  jmp_buf zero_env;
  volatile int passes = 0;
  if (setjmp(zero_env) == 0) {
    passes++;
    longjmp(zero_env, 0);
  } else {
    passes++;
    printf("longjmp(0) gives nonzero, passes %d\n", passes);
  }
  return 0;
}
