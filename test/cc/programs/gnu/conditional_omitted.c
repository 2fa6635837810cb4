/* gcc's `a ?: b`: the condition's value when it is true, b otherwise; a is evaluated only once. */
#include <stdio.h>

static int calls;

static int next(int value) {
  calls++;
  return value;
}

struct node {
  const char *name;
  struct node *next;
};

int main(void) {
  int x = next(5) ?: 7;
  int y = next(0) ?: 9;
  printf("%d %d calls=%d\n", x, y, calls);
  const char *name = NULL;
  printf("%s\n", name ?: "(null)");
  name = "set";
  printf("%s\n", name ?: "(null)");
  /* The usual conversions between the two operands apply. */
  double d = next(0) ?: 2.5;
  long l = next(3) ?: 10L;
  unsigned u = next(-1) ?: 1u;
  printf("%g %ld %u calls=%d\n", d, l, u, calls);
  printf("%zu %zu\n", sizeof(next(1) ?: 'c'), sizeof(next(1) ?: 1.0));
  /* Side effects in the condition happen once. */
  int i = 0;
  int j = i++ ?: i++ ?: 42;
  printf("%d %d\n", i, j);
  /* Chains, as in a || b || c that keep the value. */
  int a = 0, b = 0, c = 3;
  printf("%d\n", a ?: b ?: c ?: -1);
  /* Constant conditions fold. */
  static int folded = 4 ?: 8;
  static int other = 0 ?: 8;
  printf("%d %d\n", folded, other);
  struct node second = {"second", NULL}, first = {"first", &second};
  struct node *p = &first;
  int count = 0;
  while ((p = p->next ?: NULL) != NULL) count++;
  printf("count=%d\n", count);
  char text[] = "abc";
  char *q = text + 1;
  printf("%c\n", *(q ?: text));
  return (calls == 7) ?: 3;
}
