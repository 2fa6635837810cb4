/* const on the pointee versus const on the pointer; reading through const views. */
#include <stdio.h>

static int sum(const int *xs, int n) {
  int s = 0;
  for (const int *p = xs; p < xs + n; p++) s += *p;
  return s;
}

static size_t length(const char *const s) {
  const char *p = s;
  while (*p) p++;
  return (size_t)(p - s);
}

int main(void) {
  int xs[] = {1, 2, 3, 4};
  const int *view = xs;
  int *const fixed = xs;
  fixed[0] = 10;
  view++;
  printf("%d %d %d\n", *view, fixed[0], sum(xs, 4));
  const int *const both = &xs[3];
  printf("%d\n", *both);
  printf("%zu\n", length("constant"));
  const char *msg = "abc";
  msg = "defg";
  printf("%s %zu\n", msg, length(msg));
  const int ci = 42;
  const int *cip = &ci;
  printf("%d\n", *cip);
  char buf[] = "mutable";
  char *const bp = buf;
  bp[0] = 'M';
  printf("%s\n", buf);
  return 0;
}
