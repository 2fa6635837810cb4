/* EXIT_FAILURE after printing an error message on stdout and another on stderr (stderr is not compared). */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  printf("something went wrong\n");
  fprintf(stderr, "error: details on stderr\n");
  return EXIT_FAILURE;
}
