/* Arrays of pointers to functions returning pointers, and pointers to such arrays. */
#include <stdio.h>

static char first[] = "first", second[] = "second";
static char *get_first(void) { return first; }
static char *get_second(void) { return second; }

static int add1(int x) { return x + 1; }
static int add2(int x) { return x + 2; }

int main(void) {
  char *(*getters[2])(void) = {get_first, get_second};
  printf("%s %s\n", getters[0](), getters[1]());
  char *(*(*all)[2])(void) = &getters;
  printf("%s\n", (*all)[1]());
  int (*ops[])(int) = {add1, add2, add1};
  int (**cursor)(int) = ops;
  int v = 0;
  for (int i = 0; i < 3; i++) v = (*cursor++)(v);
  printf("%d\n", v);
  int (*(*pops)[3])(int) = &ops;
  printf("%d\n", (*pops)[1](40));
  return 0;
}
