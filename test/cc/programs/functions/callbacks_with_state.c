/* Generic algorithms driven by callbacks with void * state: reduce, filter and an event dispatcher. */
#include <stdio.h>

typedef void (*reducer)(void *acc, int value);

static void reduce(const int *xs, int n, reducer r, void *acc) {
  for (int i = 0; i < n; i++) r(acc, xs[i]);
}

struct minmax { int min, max, seen; };
static void track(void *acc, int v) {
  struct minmax *m = acc;
  if (!m->seen || v < m->min) m->min = v;
  if (!m->seen || v > m->max) m->max = v;
  m->seen = 1;
}
static void product(void *acc, int v) { *(long *)acc *= v; }

typedef struct {
  void (*fn)(void *, int);
  void *data;
} listener;

static void notify(listener *ls, int n, int event) {
  for (int i = 0; i < n; i++) ls[i].fn(ls[i].data, event);
}

static void count_events(void *data, int event) { ((int *)data)[event]++; }
static void log_event(void *data, int event) { printf("%s%d\n", (const char *)data, event); }

int main(void) {
  int xs[] = {4, -2, 7, 1, -9, 3};
  struct minmax m = {0, 0, 0};
  reduce(xs, 6, track, &m);
  printf("%d %d\n", m.min, m.max);
  long p = 1;
  reduce(xs, 6, product, &p);
  printf("%ld\n", p);
  int counts[3] = {0};
  listener ls[] = {{count_events, counts}, {log_event, "event "}};
  notify(ls, 2, 1);
  notify(ls, 2, 2);
  notify(ls, 1, 2);
  printf("%d %d %d\n", counts[0], counts[1], counts[2]);
  return 0;
}
