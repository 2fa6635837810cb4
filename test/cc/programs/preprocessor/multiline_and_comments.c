/* Line continuations in macros and strings, comments of both kinds in odd places, and a macro spanning lines. */
#include <stdio.h>

#define LONG_MACRO(a, b) \
  ((a) * 100 +           \
   (b))

#define COMMENTED /* a comment */ 5 // and another

int main(void) {
  printf("%d\n", LONG_MACRO(3, 7));
  printf("%d\n", COMMENTED);
  printf("%s\n", "string with a \
continuation");
  int x = 1 /* inline */ + /* another */ 2;
  printf("%d\n", x);
  // printf("commented out\n");
  /* printf("also commented out\n"); */
  printf("%s\n", "/* not a comment */ // nor this");
  int y = 10 //
          + 1;
  printf("%d\n", y);
  return 0;
}
