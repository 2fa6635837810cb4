/* Macro arguments containing commas in parentheses, empty arguments, and arguments that are macro names. */
#include <stdio.h>

#define FIRST(a, b) a
#define SECOND(a, b) b
#define WRAP(x) [x]
#define STR(x) #x
#define XSTR(x) STR(x)
#define ADD(a, b) ((a) + (b))
#define NUM 5

static int pair_sum(int a, int b) { return a + b; }

int main(void) {
  printf("%d\n", FIRST(pair_sum(1, 2), 99));
  printf("%d\n", SECOND((1, 2), 3));
  printf("%s\n", XSTR(WRAP()));
  printf("%s\n", XSTR(WRAP(NUM)));
  printf("%d\n", ADD(NUM, NUM));
  printf("%d\n", ADD(ADD(1, 2), ADD(3, 4)));
  printf("%s\n", STR(FIRST(a, b)));
  printf("%s\n", XSTR(FIRST(a, b)));
  return 0;
}
