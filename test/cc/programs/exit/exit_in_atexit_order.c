/* exit(0) from main after registering handlers that print, in reverse order, and a return status of 0. */
#include <stdio.h>
#include <stdlib.h>

static void one(void) { puts("handler one"); }
static void two(void) { puts("handler two"); }

int main(void) {
  if (atexit(one) != 0 || atexit(two) != 0) return 99;
  puts("main body");
  exit(EXIT_SUCCESS);
}
