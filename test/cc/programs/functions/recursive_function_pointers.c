/* Recursion through function pointers, and a continuation-passing style computation. */
#include <stdio.h>

typedef long (*step_fn)(long n, long acc);

static long step_even(long n, long acc);
static long step_odd(long n, long acc);

static step_fn next_step(long n) { return n % 2 ? step_odd : step_even; }
static long step_even(long n, long acc) { return n == 0 ? acc : next_step(n - 1)(n - 1, acc + n); }
static long step_odd(long n, long acc) { return next_step(n - 1)(n - 1, acc * 2 % 1000003); }

struct visitor {
  int depth;
  void (*visit)(struct visitor *self, int value);
};

static void print_tree(struct visitor *v, int value) {
  printf("%*s%d\n", v->depth * 2, "", value);
  if (value < 20) {
    v->depth++;
    v->visit(v, value * 2);
    v->visit(v, value * 2 + 1);
    v->depth--;
  }
}

int main(void) {
  printf("%ld\n", next_step(30)(30, 1));
  struct visitor v = {0, print_tree};
  v.visit(&v, 3);
  return 0;
}
