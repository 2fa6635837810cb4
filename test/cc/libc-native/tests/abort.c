/* abort.c: output printed before abort is not lost: stdout is line-buffered even into a file or pipe (glibc */
/* buffers fully there, so this test has an expected output instead of glibc's). A partial line is lost, */
/* as with glibc, since abort does not flush. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  printf("first line\n");
  printf("second line, then abort\n");
  fprintf(stderr, "stderr is unbuffered\n");
  printf("no newline: still in the buffer");
  abort();
}
