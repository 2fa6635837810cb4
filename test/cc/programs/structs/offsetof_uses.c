/* offsetof: member offsets, recovering a container from a member pointer, generic field access. */
#include <stddef.h>
#include <stdio.h>

struct list_link { struct list_link *next; };
struct item {
  int id;
  double score;
  struct list_link link;
  char label[5];
};

#define CONTAINER_OF(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

static int get_int(const void *object, size_t offset) { return *(const int *)((const char *)object + offset); }

int main(void) {
  printf("%d %d %d %d\n", (int)offsetof(struct item, id), (int)offsetof(struct item, score),
         (int)offsetof(struct item, link), (int)offsetof(struct item, label));
  printf("%d\n", (int)offsetof(struct item, label[3]));
  struct item a = {1, 0.5, {0}, "a"}, b = {2, 1.5, {0}, "b"};
  a.link.next = &b.link;
  struct list_link *l = &a.link;
  while (l) {
    struct item *it = CONTAINER_OF(l, struct item, link);
    printf("%d %g %s\n", it->id, it->score, it->label);
    l = l->next;
  }
  printf("%d %d\n", get_int(&a, offsetof(struct item, id)), get_int(&b, offsetof(struct item, id)));
  return 0;
}
