// double-free.c: freeing a small chunk twice must stop the program, also while the chunk waits in a fast list.
#include <stdlib.h>

int main(void) {
  char *p = malloc(24);
  free(p);
  free(p);
  return 0;
}
