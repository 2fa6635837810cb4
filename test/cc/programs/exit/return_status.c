/* The value returned from main is the exit status. */
#include <stdio.h>

int main(void) {
  printf("returning 3\n");
  return 3;
}
