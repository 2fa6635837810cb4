/* In-place array algorithms: bubble sort, reverse, rotate and remove duplicates. */
#include <stdio.h>

static void print(const int *a, int n) {
  for (int i = 0; i < n; i++) printf("%d%c", a[i], i + 1 == n ? '\n' : ' ');
}

int main(void) {
  int a[] = {5, -1, 3, 3, 9, 0, -7, 3, 8, 2};
  int n = 10;
  for (int i = 0; i < n - 1; i++)
    for (int j = 0; j < n - 1 - i; j++)
      if (a[j] > a[j + 1]) {
        int t = a[j];
        a[j] = a[j + 1];
        a[j + 1] = t;
      }
  print(a, n);
  for (int i = 0, j = n - 1; i < j; i++, j--) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  print(a, n);
  int k = 3;
  int rotated[10];
  for (int i = 0; i < n; i++) rotated[(i + k) % n] = a[i];
  print(rotated, n);
  int m = 0;
  for (int i = 0; i < n; i++)
    if (m == 0 || a[m - 1] != a[i]) a[m++] = a[i];
  print(a, m);
  return 0;
}
