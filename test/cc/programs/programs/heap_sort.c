/* Binary heaps: heap sort of doubles and a priority queue of tasks popped in priority order. */
#include <stdio.h>

static void sift_down(double *a, int n, int i) {
  for (;;) {
    int big = i, l = 2 * i + 1, r = l + 1;
    if (l < n && a[l] > a[big]) big = l;
    if (r < n && a[r] > a[big]) big = r;
    if (big == i) return;
    double t = a[i];
    a[i] = a[big];
    a[big] = t;
    i = big;
  }
}

static void heap_sort(double *a, int n) {
  for (int i = n / 2 - 1; i >= 0; i--) sift_down(a, n, i);
  for (int end = n - 1; end > 0; end--) {
    double t = a[0];
    a[0] = a[end];
    a[end] = t;
    sift_down(a, end, 0);
  }
}

struct task { int priority; const char *name; };
static struct task pq[16];
static int pq_n;

static void pq_push(int priority, const char *name) {
  int i = pq_n++;
  pq[i].priority = priority;
  pq[i].name = name;
  while (i > 0 && pq[(i - 1) / 2].priority < pq[i].priority) {
    struct task t = pq[i];
    pq[i] = pq[(i - 1) / 2];
    pq[(i - 1) / 2] = t;
    i = (i - 1) / 2;
  }
}

static struct task pq_pop(void) {
  struct task top = pq[0];
  pq[0] = pq[--pq_n];
  int i = 0;
  for (;;) {
    int big = i, l = 2 * i + 1, r = l + 1;
    if (l < pq_n && pq[l].priority > pq[big].priority) big = l;
    if (r < pq_n && pq[r].priority > pq[big].priority) big = r;
    if (big == i) break;
    struct task t = pq[i];
    pq[i] = pq[big];
    pq[big] = t;
    i = big;
  }
  return top;
}

int main(void) {
  double a[] = {3.5, -1.25, 9.0, 0.0, 2.75, 100.5, -50.0, 7.125, 3.25, 1e-3};
  heap_sort(a, 10);
  for (int i = 0; i < 10; i++) printf("%g ", a[i]);
  printf("\n");
  pq_push(3, "write tests");
  pq_push(9, "fix crash");
  pq_push(1, "refactor");
  pq_push(5, "review");
  pq_push(7, "release");
  while (pq_n > 0) {
    struct task t = pq_pop();
    printf("%d %s\n", t.priority, t.name);
  }
  return 0;
}
