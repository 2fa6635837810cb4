/* The # and ## operators: stringizing arguments (with escapes) and pasting tokens into names and numbers. */
#include <stdio.h>

#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define VERSION 3
#define FIELD(n) int field_##n;
#define SHOW(expr) printf("%s = %d\n", #expr, (expr))
#define MAKE_GETTER(name) static int get_##name(void) { return name; }

static int alpha = 11, beta = 22;
MAKE_GETTER(alpha)
MAKE_GETTER(beta)

struct s {
  FIELD(1)
  FIELD(2)
};

int main(void) {
  printf("%s\n", STR(hello world));
  printf("%s\n", STR(  spaced   out  ));
  printf("%s\n", STR("quoted\n" and '\'' and 'c'));
  printf("%s %s\n", STR(VERSION), XSTR(VERSION));
  int xy = 5;
  printf("%d\n", CAT(x, y));
  printf("%d\n", CAT(12, 34));
  printf("%d\n", XCAT(1, VERSION));
  struct s v = {7, 8};
  printf("%d %d\n", v.field_1, v.field_2);
  SHOW(2 + 3 * 4);
  SHOW(xy << 2);
  printf("%d %d\n", get_alpha(), get_beta());
  printf("%s\n", STR());
  printf("%s\n", XSTR(__LINE__));
  printf("%g\n", CAT(1.5, e2));
  return 0;
}
