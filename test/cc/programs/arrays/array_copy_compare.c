/* Copying arrays element by element, with memcpy, and through a struct wrapper; comparing them. */
#include <stdio.h>
#include <string.h>

struct wrapped { int v[6]; };

static int equal(const int *a, const int *b, int n) {
  for (int i = 0; i < n; i++)
    if (a[i] != b[i]) return 0;
  return 1;
}

int main(void) {
  int a[6] = {3, 1, 4, 1, 5, 9}, b[6], c[6];
  for (int i = 0; i < 6; i++) b[i] = a[i];
  memcpy(c, a, sizeof a);
  printf("%d %d\n", equal(a, b, 6), memcmp(a, c, sizeof a) == 0);
  c[5] = 2;
  printf("%d\n", equal(a, c, 6));
  struct wrapped w1, w2;
  memcpy(w1.v, a, sizeof a);
  w2 = w1;
  w2.v[0] = 100;
  printf("%d %d %d\n", w1.v[0], w2.v[0], equal(w1.v + 1, w2.v + 1, 5));
  int rev[6];
  for (int i = 0; i < 6; i++) rev[5 - i] = a[i];
  for (int i = 0; i < 6; i++) printf("%d", rev[i]);
  printf("\n");
  return 0;
}
