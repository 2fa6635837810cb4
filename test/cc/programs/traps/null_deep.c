// trap: null-access
// at: leaf 12
/* A null dereference three calls deep is reported in the innermost function. */
#include <stdio.h>

struct node {
  int value;
  struct node *next;
};

static int leaf(const struct node *n) {
  return n->next->value; // traps here
}

static int middle(const struct node *n) { return leaf(n) + 1; }
static int top(const struct node *n) { return middle(n) * 2; }

int main(void) {
  struct node last = {1, NULL}, first = {0, &last};
  printf("%d\n", top(&first));
  fflush(stdout);
  printf("%d\n", top(&last));
  return 0;
}
