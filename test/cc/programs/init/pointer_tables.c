/* Static tables of pointers to functions and to strings, with NULL terminators, walked at run time. */
#include <stdio.h>

static int neg(int x) { return -x; }
static int sq(int x) { return x * x; }
static int half(int x) { return x / 2; }

static int (*const pipeline[])(int) = {sq, neg, half, 0};
static const char *const messages[] = {"zero", "one", "two", 0};
static const char *const *cursor = messages;

struct command {
  const char *name;
  int (*run)(int);
};
static const struct command commands[] = {{"neg", neg}, {"sq", sq}, {"half", half}, {0, 0}};

int main(void) {
  int v = 7;
  for (int i = 0; pipeline[i]; i++) v = pipeline[i](v);
  printf("%d\n", v);
  while (*cursor) printf("%s ", *cursor++);
  printf("\n");
  for (const struct command *c = commands; c->name; c++) printf("%s(9) = %d\n", c->name, c->run(9));
  return 0;
}
