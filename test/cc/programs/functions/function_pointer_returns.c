/* Functions returning function pointers, building composed behaviour at run time. */
#include <stdio.h>

typedef double (*fn)(double);

static double half(double x) { return x / 2; }
static double square(double x) { return x * x; }
static double inc(double x) { return x + 1; }

static fn lookup(const char *name) {
  if (name[0] == 'h') return half;
  if (name[0] == 's') return square;
  if (name[0] == 'i') return inc;
  return 0;
}

static double apply_all(double x, const char *const *names, int n) {
  for (int i = 0; i < n; i++) {
    fn f = lookup(names[i]);
    if (f) x = f(x);
  }
  return x;
}

static fn (*get_lookup(void))(const char *) { return lookup; }

int main(void) {
  const char *pipeline[] = {"inc", "square", "half", "unknown", "inc"};
  printf("%g\n", apply_all(3, pipeline, 5));
  printf("%g\n", get_lookup()("square")(12));
  printf("%d\n", lookup("zzz") == 0);
  return 0;
}
