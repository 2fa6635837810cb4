/* Null pointers: 0 and NULL compare equal to any null pointer, and a null pointer is false. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

struct node {
  int value;
  struct node *next;
};

static int length(const struct node *n) {
  int count = 0;
  for (; n != NULL; n = n->next) count++;
  return count;
}

static const char *find(const char *s, char c) {
  for (; *s; s++)
    if (*s == c) return s;
  return NULL;
}

int main(void) {
  int *p = NULL;
  void *v = 0;
  char *c = (char *)0;
  printf("%d %d %d\n", p == NULL, v == NULL, c == 0);
  printf("%d\n", p ? 1 : 2);
  struct node c3 = {3, NULL}, c2 = {2, &c3}, c1 = {1, &c2};
  printf("%d %d\n", length(&c1), length(NULL));
  const char *hit = find("hello", 'l');
  const char *miss = find("hello", 'z');
  printf("%s %d\n", hit ? hit : "none", miss == NULL);
  printf("%d\n", strchr("abc", 'x') == NULL);
  int *arr[3] = {0};
  int n = 0;
  for (int i = 0; i < 3; i++) n += arr[i] == NULL;
  printf("%d\n", n);
  return 0;
}
