/* A typedef of a function type used to declare functions and pointers, and typedefs in parameter lists. */
#include <stdio.h>

typedef int binary(int, int);
typedef binary *binary_ptr;

binary add, mul;
int add(int a, int b) { return a + b; }
int mul(int a, int b) { return a * b; }

static int fold(binary *f, const int *xs, int n, int acc) {
  for (int i = 0; i < n; i++) acc = f(acc, xs[i]);
  return acc;
}

typedef struct {
  const char *name;
  binary_ptr op;
  int identity;
} monoid;

int main(void) {
  int xs[] = {1, 2, 3, 4, 5};
  monoid ms[] = {{"sum", add, 0}, {"product", mul, 1}};
  for (int i = 0; i < 2; i++) printf("%s %d\n", ms[i].name, fold(ms[i].op, xs, 5, ms[i].identity));
  binary_ptr p = mul;
  printf("%d\n", p(6, 7));
  printf("%d\n", (int)sizeof(binary_ptr));
  return 0;
}
