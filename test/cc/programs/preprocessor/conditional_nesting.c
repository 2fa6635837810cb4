/* Nested conditional groups, with skipped groups containing unbalanced-looking directives and junk. */
#include <stdio.h>

#define A 1
#define B 0

int main(void) {
#if A
#if B
  printf("A and B\n");
#else
  printf("A not B\n");
#if defined(A) && !B
  printf("nested deeper\n");
#endif
#endif
#else
#if 1
  printf("never\n");
#endif
#error this must be skipped
#endif
#ifdef B
  printf("B is defined even though it is 0\n");
#endif
#if B
#elif A + B == 1
  printf("elif after empty group\n");
#endif
  return 0;
}
