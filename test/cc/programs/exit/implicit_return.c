/* Reaching the closing brace of main returns 0 (C99). */
#include <stdio.h>

int main(void) {
  printf("no return statement\n");
}
