/* Pointer arithmetic scales by the pointee size; differences count elements, not bytes. */
#include <stddef.h>
#include <stdio.h>

int main(void) {
  int a[10];
  for (int i = 0; i < 10; i++) a[i] = i * i;
  int *p = a;
  int *q = a + 7;
  printf("%d %d %d\n", *p, *(p + 3), *(q - 2));
  printf("%td %td\n", q - p, p - q);
  printf("%d\n", (int)((char *)q - (char *)p));
  p += 2;
  printf("%d\n", *p++);
  printf("%d\n", *p);
  printf("%d\n", *++p);
  printf("%d\n", (*p)++);
  printf("%d\n", a[4]);
  p--;
  printf("%d\n", p[1]);
  printf("%d\n", 3[a]);
  ptrdiff_t d = &a[9] - &a[0];
  printf("%td\n", d);
  int *end = a + 10;
  int sum = 0;
  for (int *it = a; it != end; it++) sum += *it;
  printf("%d\n", sum);
  double ds[4] = {1.5, 2.5, 3.5, 4.5};
  double *dp = ds + 3;
  printf("%f %td\n", *dp, dp - ds);
  long ls[3] = {100, 200, 300};
  long *lp = &ls[2];
  printf("%ld %ld\n", lp[-1], *(lp - 2));
  char text[] = "pointer";
  char *cp = text + 7;
  int len = 0;
  while (cp > text) {
    cp--;
    len++;
  }
  printf("%d\n", len);
  return 0;
}
