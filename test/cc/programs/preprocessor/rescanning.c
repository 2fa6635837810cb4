/* Macro rescanning rules: a macro does not expand inside itself, but results are rescanned for other macros. */
#include <stdio.h>

static int self_value = 7;
static int recursive = 10;

#define f(x) (x + 1)
#define g f
#define h(x) g(x) * 2
#define self self_value
#define recursive (recursive + 1)
#define EMPTY_ARG(x) [x]
#define APPLY(m, x) m(x)
#define ID(x) x
#define INDIRECT() ID

int main(void) {
  printf("%d\n", g(1));
  printf("%d\n", h(2));
  printf("%d\n", self);
  printf("%d\n", recursive);
  printf("%s\n", ID("EMPTY_ARG()"));
  printf("%d\n", APPLY(f, 10));
  int f = 3;
  printf("%d\n", f);
  printf("%d\n", INDIRECT()(f));
  return 0;
}
