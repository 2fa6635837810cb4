/* A function without its closing brace before the next function: the brace is reported where it
   goes, with a note at the '{' it matches, and the next function is parsed and checked as usual. */
#include <stdio.h>

int square(int x) {
  return x * x; // error

int main(void) {
  printf("%d\n", square(3));
  return undefined_name; // error
}
