// trap: null-access
// at: read_value 7
/* Reading through a null pointer traps in the function that dereferences it. */
#include <stdio.h>

static int read_value(const int *p) {
  return *p; // traps here
}

int main(void) {
  printf("before\n");
  fflush(stdout);
  int *p = NULL;
  printf("%d\n", read_value(p));
  return 0;
}
