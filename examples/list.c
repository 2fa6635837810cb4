// list.c: a singly linked list: build, reverse, sum, print and free. With an argument, it also walks a
// broken list to show what a null pointer trap looks like: `tessera run examples/list.c crash`.
#include <stdio.h>
#include <stdlib.h>

struct node {
  int value;
  struct node *next;
};

static struct node *push(struct node *head, int value) {
  struct node *node = malloc(sizeof *node);
  if (node == NULL) {
    fprintf(stderr, "list: out of memory\n");
    exit(1);
  }
  node->value = value;
  node->next = head;
  return node;
}

static struct node *reverse(struct node *head) {
  struct node *done = NULL;
  while (head != NULL) {
    struct node *next = head->next;
    head->next = done;
    done = head;
    head = next;
  }
  return done;
}

static long list_sum(const struct node *head) {
  long sum = 0;
  for (; head != NULL; head = head->next) sum += head->value;
  return sum;
}

/* Sums `count` nodes, trusting the caller that there are that many. */
static long sum_first(const struct node *head, int count) {
  return count == 0 ? 0 : head->value + sum_first(head->next, count - 1);
}

int main(int argc, char **argv) {
  (void)argv;
  struct node *list = NULL;
  for (int i = 1; i <= 10; i++) list = push(list, i * i);
  list = reverse(list);
  for (const struct node *n = list; n != NULL; n = n->next) printf("%d%s", n->value, n->next ? " -> " : "\n");
  printf("sum = %ld\n", list_sum(list));
  if (argc > 1) printf("sum of 11 = %ld\n", sum_first(list, 11));
  while (list != NULL) {
    struct node *next = list->next;
    free(list);
    list = next;
  }
  return 0;
}
