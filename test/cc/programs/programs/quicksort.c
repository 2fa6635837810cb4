/* Quicksort (Lomuto and Hoare partitions) on pseudo-random data from a fixed linear congruential generator. */
#include <stdio.h>

static unsigned long state = 12345;
static int next_random(void) {
  state = state * 6364136223846793005UL + 1442695040888963407UL;
  return (int)(state >> 33) % 100000;
}

static void swap(int *a, int *b) {
  int t = *a;
  *a = *b;
  *b = t;
}

static void quick_lomuto(int *a, int lo, int hi) {
  if (lo >= hi) return;
  int pivot = a[hi], i = lo;
  for (int j = lo; j < hi; j++)
    if (a[j] < pivot) swap(&a[i++], &a[j]);
  swap(&a[i], &a[hi]);
  quick_lomuto(a, lo, i - 1);
  quick_lomuto(a, i + 1, hi);
}

static void quick_hoare(int *a, int lo, int hi) {
  if (lo >= hi) return;
  int pivot = a[lo + (hi - lo) / 2], i = lo - 1, j = hi + 1;
  for (;;) {
    do i++; while (a[i] < pivot);
    do j--; while (a[j] > pivot);
    if (i >= j) break;
    swap(&a[i], &a[j]);
  }
  quick_hoare(a, lo, j);
  quick_hoare(a, j + 1, hi);
}

#define N 5000
static int x[N], y[N];

int main(void) {
  for (int i = 0; i < N; i++) x[i] = y[i] = next_random();
  quick_lomuto(x, 0, N - 1);
  quick_hoare(y, 0, N - 1);
  int sorted = 1, same = 1;
  long sum = 0;
  for (int i = 0; i < N; i++) {
    if (i && x[i - 1] > x[i]) sorted = 0;
    if (x[i] != y[i]) same = 0;
    sum += (long)x[i] * (i + 1);
  }
  printf("sorted %d same %d weighted %ld\n", sorted, same, sum);
  printf("%d %d %d %d\n", x[0], x[N / 2], x[N - 1], y[1234]);
  return 0;
}
