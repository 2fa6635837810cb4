/* The '}' of an if body missing before its else: reported before the else, which then belongs to the
   if as intended, so nothing after it cascades. */
#include <stdio.h>

int main(void) {
  int x = 3;
  if (x > 2) {
    printf("big\n"); // error
  else {
    printf("small\n");
  }
  return 0;
}
