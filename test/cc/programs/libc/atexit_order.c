/* atexit handlers run in reverse order of registration after main returns, and can still print. */
#include <stdio.h>
#include <stdlib.h>

static void first(void) { printf("first registered, last run\n"); }
static void second(void) { printf("second\n"); }
static void third(void) { printf("third registered, first run\n"); }

int main(void) {
  atexit(first);
  atexit(second);
  atexit(third);
  printf("main returns\n");
  return 0;
}
