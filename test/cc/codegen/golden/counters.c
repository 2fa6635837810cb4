/* Loop counters bounded by their condition need no sign extension after `i++` (loops.ts). */
#include <stdio.h>

long sum(const int *a, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += a[i];
  return s;
}

/* The counter also goes down, and `i + 1` in the body of a for loop is in range too. */
int pairs(const int *a, int n) {
  int count = 0;
  for (int i = n - 1; i > 0; i--)
    if (a[i] == a[i - 1]) count++;
  for (int i = 0; i < n; i++) {
    int j = i + 1;
    if (j < n && a[j] > a[i]) count += 10;
  }
  return count;
}

/* Not bounded: two updates per iteration, so `i` is normalised after each. */
int twice(int n) {
  int i = 0;
  while (i < n) {
    i++;
    i++;
  }
  return i;
}

int main(void) {
  int a[6] = {3, 3, 5, 2, 2, 2};
  printf("%ld %d %d %d\n", sum(a, 6), pairs(a, 6), twice(7), twice(-3));
  return 0;
}
