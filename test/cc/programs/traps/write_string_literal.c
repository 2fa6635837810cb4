// trap: write-to-text
// at: shout 7
/* String literals are read-only: writing into one traps (natively: SIGSEGV). */
#include <stdio.h>

static void shout(char *s) {
  s[0] = (char)(s[0] - 32); // traps here
}

int main(void) {
  char writable[] = "hello";
  shout(writable);
  printf("%s\n", writable);
  fflush(stdout);
  char *literal = "world";
  shout(literal);
  printf("%s\n", literal);
  return 0;
}
