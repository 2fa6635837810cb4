/* Function-like macros: argument substitution, parenthesization, multiple evaluation, nested calls. */
#include <stdio.h>

#define SQUARE(x) ((x) * (x))
#define BAD_SQUARE(x) x * x
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define ABS(x) ((x) < 0 ? -(x) : (x))
#define CLAMP(x, lo, hi) MAX(lo, (x) < (hi) ? (x) : (hi))
#define SWAP(type, a, b) do { type tmp_ = (a); (a) = (b); (b) = tmp_; } while (0)
#define NOARGS() 42
#define FOO (1)
#define CALL(f, x) f(x)

static int calls;
static int next(void) { return ++calls; }

int main(void) {
  printf("%d %d\n", SQUARE(3 + 1), BAD_SQUARE(3 + 1));
  printf("%d %d %d\n", MAX(3, 7), MAX(-1, -5), ABS(-12));
  printf("%d %d %d\n", CLAMP(15, 0, 10), CLAMP(-5, 0, 10), CLAMP(5, 0, 10));
  int a = 1, b = 2;
  SWAP(int, a, b);
  printf("%d %d\n", a, b);
  if (a > b) SWAP(int, a, b);
  else printf("no swap\n");
  printf("%d %d\n", a, b);
  calls = 0;
  int m = MAX(next(), 0);
  printf("%d %d\n", m, calls);
  printf("%d\n", NOARGS());
  printf("%d\n", FOO);
  printf("%d\n", CALL(SQUARE, 9));
  printf("%d\n", SQUARE(SQUARE(2)));
  return 0;
}
