/* A self-referential struct: a singly linked list built from a static pool, reversed and merged. */
#include <stdio.h>

struct node {
  int value;
  struct node *next;
};

static struct node pool[32];
static int used;

static struct node *cons(int value, struct node *next) {
  struct node *n = &pool[used++];
  n->value = value;
  n->next = next;
  return n;
}

static void print(const struct node *n) {
  for (; n; n = n->next) printf("%d ", n->value);
  printf("\n");
}

static struct node *reverse(struct node *n) {
  struct node *prev = 0;
  while (n) {
    struct node *next = n->next;
    n->next = prev;
    prev = n;
    n = next;
  }
  return prev;
}

static struct node *merge(struct node *a, struct node *b) {
  struct node head = {0, 0};
  struct node *tail = &head;
  while (a && b) {
    if (a->value <= b->value) {
      tail->next = a;
      a = a->next;
    } else {
      tail->next = b;
      b = b->next;
    }
    tail = tail->next;
  }
  tail->next = a ? a : b;
  return head.next;
}

int main(void) {
  struct node *list = 0;
  for (int i = 9; i >= 1; i -= 2) list = cons(i, list);
  print(list);
  list = reverse(list);
  print(list);
  list = reverse(list);
  struct node *evens = 0;
  for (int i = 10; i >= 0; i -= 2) evens = cons(i, evens);
  struct node *all = merge(list, evens);
  print(all);
  int count = 0;
  for (struct node *n = all; n; n = n->next) count++;
  printf("%d\n", count);
  return 0;
}
