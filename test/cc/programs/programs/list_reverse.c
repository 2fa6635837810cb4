/* Linked lists on the heap: build, reverse iteratively and recursively, remove matching nodes, free. */
#include <stdio.h>
#include <stdlib.h>

struct node {
  int value;
  struct node *next;
};

static struct node *push(struct node *head, int v) {
  struct node *n = malloc(sizeof *n);
  if (!n) exit(1);
  n->value = v;
  n->next = head;
  return n;
}

static void print(const struct node *n) {
  printf("[");
  for (; n; n = n->next) printf("%d%s", n->value, n->next ? " " : "");
  printf("]\n");
}

static struct node *reverse(struct node *n) {
  struct node *prev = NULL;
  while (n) {
    struct node *next = n->next;
    n->next = prev;
    prev = n;
    n = next;
  }
  return prev;
}

static struct node *reverse_rec(struct node *n) {
  if (!n || !n->next) return n;
  struct node *rest = reverse_rec(n->next);
  n->next->next = n;
  n->next = NULL;
  return rest;
}

static struct node *remove_if_multiple(struct node *head, int k) {
  struct node **link = &head;
  while (*link) {
    if ((*link)->value % k == 0) {
      struct node *dead = *link;
      *link = dead->next;
      free(dead);
    } else {
      link = &(*link)->next;
    }
  }
  return head;
}

static void free_list(struct node *n) {
  while (n) {
    struct node *next = n->next;
    free(n);
    n = next;
  }
}

int main(void) {
  struct node *list = NULL;
  for (int i = 1; i <= 12; i++) list = push(list, i);
  print(list);
  list = reverse(list);
  print(list);
  list = reverse_rec(list);
  print(list);
  list = remove_if_multiple(list, 3);
  print(list);
  list = reverse(list);
  print(list);
  free_list(list);
  print(NULL);
  return 0;
}
