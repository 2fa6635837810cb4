/* A function returning a pointer to a function that returns a pointer to a function returning int. */
#include <stdio.h>

static int seven(void) { return 7; }
static int eight(void) { return 8; }
static int (*pick_inner(int which))(void) { return which ? eight : seven; }
static int (*(*pick_outer(void))(int))(void) { return pick_inner; }

int main(void) {
  int (*(*(*outer)(void))(int))(void) = pick_outer;
  int (*(*middle)(int))(void) = outer();
  int (*inner)(void) = middle(1);
  printf("%d %d %d\n", inner(), middle(0)(), outer()(1)());
  int (*table[2])(void) = {pick_inner(0), pick_inner(1)};
  printf("%d\n", table[0]() * table[1]());
  return 0;
}
