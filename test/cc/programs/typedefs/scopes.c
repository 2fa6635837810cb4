/* Typedef names obey scope: an inner declaration can hide one, and a typedef can be redeclared as a variable inside a block. */
#include <stdio.h>

typedef int value;

static value twice(value v) { return v * 2; }

int main(void) {
  value a = 21;
  printf("%d\n", twice(a));
  {
    typedef double value;
    value d = 1.25;
    printf("%g %d\n", d, (int)sizeof(value));
  }
  {
    int value = 7;
    printf("%d\n", value * 3);
  }
  printf("%d\n", (int)sizeof(value));
  return 0;
}
