/* Incomplete struct types: structs that point to each other, and a tag declared before it is defined. */
#include <stdio.h>

struct employee;
struct department {
  const char *name;
  struct employee *head;
};
struct employee {
  const char *name;
  struct department *dept;
  struct employee *next;
};

static int count(const struct department *d) {
  int n = 0;
  for (const struct employee *e = d->head; e; e = e->next) n++;
  return n;
}

int main(void) {
  struct department eng = {"engineering", 0};
  struct employee a = {"ann", &eng, 0}, b = {"bob", &eng, &a};
  eng.head = &b;
  printf("%d\n", count(&eng));
  for (struct employee *e = eng.head; e; e = e->next) printf("%s in %s\n", e->name, e->dept->name);
  printf("%s\n", a.dept->head->next->name);
  return 0;
}
