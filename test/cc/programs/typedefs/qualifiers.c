/* typedefs combined with const and volatile, and typedefs of typedefs. */
#include <stdio.h>

typedef int base;
typedef base derived;
typedef const derived cint;
typedef volatile long vlong;
typedef char *charp;
typedef const charp const_charp;

int main(void) {
  cint x = 10;
  derived y = x + 1;
  vlong z = 5;
  z += y;
  printf("%d %d %ld\n", x, y, z);
  char buf[] = "abc";
  const_charp p = buf;
  p[0] = 'X';
  printf("%s\n", p);
  const base *q = &y;
  printf("%d\n", *q);
  printf("%d %d\n", (int)sizeof(cint), (int)sizeof(vlong));
  return 0;
}
