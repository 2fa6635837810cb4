/* exit() flushes stdout, including output without a trailing newline, and runs atexit handlers first. */
#include <stdio.h>
#include <stdlib.h>

static void handler(void) { printf("[atexit]"); }

int main(void) {
  atexit(handler);
  printf("partial line, ");
  printf("still buffered");
  exit(7);
}
