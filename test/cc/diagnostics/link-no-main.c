/* A program without main: a link error about the whole program, not a line of the C library. */
#include <stdio.h>

int mian(void) {
  printf("hello\n");
  return 0;
}
