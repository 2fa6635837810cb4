/* Callbacks with a context pointer: visitors over an array, a generic map, and a comparator. */
#include <stdio.h>

typedef void (*visitor)(int value, void *context);

static void each(const int *xs, int n, visitor visit, void *context) {
  for (int i = 0; i < n; i++) visit(xs[i], context);
}

static void sum_visit(int value, void *context) { *(long *)context += value; }

struct stats {
  int min, max, count;
};
static void stats_visit(int value, void *context) {
  struct stats *s = context;
  if (s->count == 0 || value < s->min) s->min = value;
  if (s->count == 0 || value > s->max) s->max = value;
  s->count++;
}

static void map(int *xs, int n, int (*f)(int)) {
  for (int i = 0; i < n; i++) xs[i] = f(xs[i]);
}
static int square(int x) { return x * x; }
static int negate(int x) { return -x; }

static int count_if(const int *xs, int n, int (*pred)(int)) {
  int c = 0;
  for (int i = 0; i < n; i++) c += pred(xs[i]) != 0;
  return c;
}
static int is_even(int x) { return x % 2 == 0; }

int main(void) {
  int xs[] = {5, -3, 8, 0, 12, -7, 4};
  long total = 0;
  each(xs, 7, sum_visit, &total);
  printf("%ld\n", total);
  struct stats s = {0, 0, 0};
  each(xs, 7, stats_visit, &s);
  printf("%d %d %d\n", s.min, s.max, s.count);
  map(xs, 7, square);
  for (int i = 0; i < 7; i++) printf("%d ", xs[i]);
  printf("\n");
  map(xs, 7, negate);
  printf("%d %d\n", xs[0], xs[6]);
  printf("%d\n", count_if(xs, 7, is_even));
  return 0;
}
