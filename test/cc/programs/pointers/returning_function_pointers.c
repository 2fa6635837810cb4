/* Functions that return function pointers, with and without a typedef. */
#include <stdio.h>

static int inc(int x) { return x + 1; }
static int dec(int x) { return x - 1; }
static int dbl(int x) { return x * 2; }

typedef int (*unary)(int);

static unary pick(char c) {
  switch (c) {
  case '+': return inc;
  case '-': return dec;
  default: return dbl;
  }
}

static int (*pick_raw(int n))(int) { return n > 0 ? inc : dec; }

static int (*(*chooser(void))(char))(int) { return pick; }

int main(void) {
  const char *ops = "++*-*";
  int v = 1;
  for (const char *p = ops; *p; p++) {
    v = pick(*p)(v);
    printf("%c %d\n", *p, v);
  }
  printf("%d %d\n", pick_raw(5)(10), pick_raw(-5)(10));
  printf("%d\n", chooser()('*')(21));
  unary fs[3] = {pick('+'), pick('-'), pick('x')};
  int x = 7;
  for (int i = 0; i < 3; i++) x = fs[i](x);
  printf("%d\n", x);
  return 0;
}
