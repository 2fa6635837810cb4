/* Call arguments are evaluated right to left, the callee expression first, as gcc does on x86-64:
 * C leaves the order unspecified, but programs that print from their arguments observe it. */
#include <stdio.h>

static int trace(const char *name, int value) {
  printf("%s ", name);
  return value;
}

static double half(const char *name, double value) {
  printf("%s ", name);
  return value / 2;
}

struct pair { int a, b; };

static struct pair make(const char *name, int a, int b) {
  struct pair p = { a, b };
  printf("%s ", name);
  return p;
}

static int three(int x, int y, int z) { return x * 100 + y * 10 + z; }
static int sum8(int a, int b, int c, int d, int e, int f, int g, int h) { return a + b + c + d + e + f + g + h; }
static int mixed(struct pair p, double d, int i) { return p.a + p.b + (int)d + i; }

typedef int (*ternary)(int, int, int);
static ternary pick(const char *name) {
  printf("%s ", name);
  return three;
}

static int counter;
static int next(void) { return ++counter; }

int main(void) {
  printf("%d %d %d\n", trace("a", 1), trace("b", 2), trace("c", 3));
  printf("= %d\n", three(trace("x", 1), trace("y", 2), trace("z", 3)));
  printf("= %d\n", sum8(trace("1", 1), trace("2", 2), trace("3", 3), trace("4", 4), trace("5", 5), trace("6", 6),
                        trace("7", 7), trace("8", 8)));
  printf("= %d\n", mixed(make("p", 1, 2), half("d", 9.0), trace("i", 4)));
  printf("= %d\n", pick("callee")(trace("x", 1), trace("y", 2), trace("z", 3)));
  printf("= %d\n", three(trace("outer", three(trace("inner1", 1), trace("inner2", 2), 3)), 4, trace("last", 5)));
  int first = next(), second = next();
  printf("%d %d / %d %d %d\n", first, second, next(), next(), next());
  return 0;
}
