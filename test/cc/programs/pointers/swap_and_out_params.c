/* Output parameters: swapping through pointers, returning several results, pointers to struct fields. */
#include <stdio.h>

static void swap_int(int *a, int *b) {
  int t = *a;
  *a = *b;
  *b = t;
}

static void swap_ptr(const char **a, const char **b) {
  const char *t = *a;
  *a = *b;
  *b = t;
}

static void divmod(long n, long d, long *q, long *r) {
  *q = n / d;
  *r = n % d;
}

static int minmax(const int *xs, int n, int *min, int *max) {
  if (n == 0) return 0;
  *min = *max = xs[0];
  for (int i = 1; i < n; i++) {
    if (xs[i] < *min) *min = xs[i];
    if (xs[i] > *max) *max = xs[i];
  }
  return 1;
}

struct point {
  int x, y;
};

int main(void) {
  int a = 1, b = 2;
  swap_int(&a, &b);
  printf("%d %d\n", a, b);
  const char *s = "first", *t = "second";
  swap_ptr(&s, &t);
  printf("%s %s\n", s, t);
  long q, r;
  divmod(-47, 5, &q, &r);
  printf("%ld %ld\n", q, r);
  int xs[] = {4, -2, 9, 7};
  int lo, hi;
  if (minmax(xs, 4, &lo, &hi)) printf("%d %d\n", lo, hi);
  printf("%d\n", minmax(xs, 0, &lo, &hi));
  struct point p = {3, 4};
  swap_int(&p.x, &p.y);
  printf("%d %d\n", p.x, p.y);
  int arr[2] = {5, 6};
  swap_int(arr, arr + 1);
  printf("%d %d\n", arr[0], arr[1]);
  swap_int(&arr[0], &arr[0]);
  printf("%d\n", arr[0]);
  return 0;
}
