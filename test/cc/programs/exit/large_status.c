/* The largest portable exit status, 255. */
#include <stdio.h>

int main(void) {
  printf("255\n");
  return 255;
}
