/* A declarator chain unwound step by step with typedefs must name the same type as the raw declarator. */
#include <stdio.h>

typedef int row3[3];
typedef row3 *row3_ptr;
typedef row3_ptr getter(int);
typedef getter *getter_ptr;
typedef getter_ptr table[2];

static int data[2][3] = {{1, 2, 3}, {4, 5, 6}};
static row3_ptr get(int i) { return &data[i]; }
static int (*get_raw(int i))[3] { return &data[1 - i]; }

int main(void) {
  table t = {get, get_raw};
  int (*(*raw[2])(int))[3] = {get, get_raw};
  printf("%d %d\n", (*t[0](0))[2], (*raw[1](0))[0]);
  printf("%d\n", (*t[1](1))[1]);
  printf("%d %d\n", (int)sizeof t, (int)sizeof raw);
  getter_ptr g = raw[0];
  printf("%d\n", (*g(1))[2]);
  return 0;
}
