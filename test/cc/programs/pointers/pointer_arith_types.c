/* Pointer arithmetic over every element size: the byte distance is the element count times the size. */
#include <stdio.h>

struct three { char c[3]; };
struct big { double d[5]; };

int main(void) {
  char c[4];
  short s[4];
  int i[4];
  long l[4];
  double d[4];
  struct three t[4];
  struct big b[4];
  printf("%td %td %td %td %td %td %td\n", (char *)(c + 3) - (char *)c, (char *)(s + 3) - (char *)s,
         (char *)(i + 3) - (char *)i, (char *)(l + 3) - (char *)l, (char *)(d + 3) - (char *)d,
         (char *)(t + 3) - (char *)t, (char *)(b + 3) - (char *)b);
  printf("%td %td\n", &t[3] - &t[0], &b[2] - &b[3]);
  struct three *tp = t;
  tp += 2;
  tp->c[1] = 'x';
  printf("%c\n", t[2].c[1]);
  long *lp = l + 4;
  lp -= 4;
  printf("%d\n", lp == l);
  return 0;
}
