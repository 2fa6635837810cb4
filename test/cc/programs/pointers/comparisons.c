/* Pointers into one array compare by position; equality works for any two pointers and null. */
#include <stdio.h>

int main(void) {
  int a[5] = {0};
  int *p = &a[1], *q = &a[3];
  printf("%d %d %d %d %d %d\n", p < q, p > q, p <= p, p >= q, p == q, p != q);
  int *end = a + 5;
  printf("%d\n", q < end);
  int *null = 0;
  printf("%d %d %d\n", null == 0, p != 0, !null);
  int x, y;
  printf("%d %d\n", &x == &x, &x != &y);
  struct {
    int first;
    int second;
  } s;
  printf("%d\n", (void *)&s.first < (void *)&s.second);
  printf("%d\n", (void *)&s == (void *)&s.first);
  char buf[8];
  char *lo = buf, *hi = buf + 8;
  int count = 0;
  while (lo < hi) {
    lo++;
    hi--;
    count++;
  }
  printf("%d\n", count);
  void *v = a;
  printf("%d\n", v == (void *)&a[0]);
  printf("%d\n", (char *)(a + 1) == (char *)a + sizeof(int));
  return 0;
}
