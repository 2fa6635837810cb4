/* Storage-class specifiers: extern declarations in blocks, file-scope statics, and tentative definitions. */
#include <stdio.h>

int shared;
int shared;
static int hidden = 3;
extern int defined_later;

static int read_shared(void) {
  extern int shared;
  return shared;
}

int main(void) {
  shared = 5;
  printf("%d %d\n", read_shared(), hidden);
  {
    extern int defined_later;
    defined_later += 1;
  }
  printf("%d\n", defined_later);
  static int counter;
  counter++;
  printf("%d\n", counter);
  return 0;
}

int defined_later = 41;
