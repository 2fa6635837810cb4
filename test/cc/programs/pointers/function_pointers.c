/* Function pointers: assignment with and without &, calls with and without *, comparison, as parameters. */
#include <stdio.h>

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

static int apply(int (*op)(int, int), int a, int b) { return op(a, b); }
static int fold(int (*op)(int, int), const int *xs, int n, int init) {
  int acc = init;
  for (int i = 0; i < n; i++) acc = op(acc, xs[i]);
  return acc;
}

int main(void) {
  int (*f)(int, int) = add;
  printf("%d\n", f(2, 3));
  f = &sub;
  printf("%d\n", (*f)(2, 3));
  printf("%d\n", (**f)(10, 3));
  printf("%d\n", apply(mul, 6, 7));
  printf("%d %d\n", f == sub, f == add);
  int xs[] = {1, 2, 3, 4, 5};
  printf("%d %d\n", fold(add, xs, 5, 0), fold(mul, xs, 5, 1));
  int (*g)(int, int) = 0;
  printf("%d\n", g == 0);
  g = f;
  printf("%d\n", g(100, 1));
  void (*generic)(void) = (void (*)(void))add;
  int (*restored)(int, int) = (int (*)(int, int))generic;
  printf("%d\n", restored(20, 22));
  return 0;
}
