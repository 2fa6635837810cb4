/* Object pointer casts: viewing an int's bytes, a struct's first member, and intptr_t round trips. */
#include <stdint.h>
#include <stdio.h>

struct header {
  int kind;
  int size;
};
struct message {
  struct header head;
  char body[8];
};

int main(void) {
  unsigned v = 0xa1b2c3d4u;
  unsigned char *b = (unsigned char *)&v;
  printf("%x %x %x %x\n", b[0], b[1], b[2], b[3]);
  unsigned char copy[sizeof v];
  for (size_t i = 0; i < sizeof v; i++) copy[i] = b[sizeof v - 1 - i];
  printf("%x %x\n", copy[0], copy[3]);
  struct message m = {{7, 8}, "payload"};
  struct header *hp = (struct header *)&m;
  printf("%d %d\n", hp->kind, hp->size);
  int *first = (int *)&m;
  printf("%d\n", *first);
  int x = 5;
  intptr_t ip = (intptr_t)&x;
  int *back = (int *)ip;
  printf("%d %d\n", *back, back == &x);
  uintptr_t up = (uintptr_t)(void *)&m;
  struct message *mp = (struct message *)(void *)up;
  printf("%s\n", mp->body);
  char *cp = (char *)&m + sizeof(struct header);
  printf("%s\n", cp);
  return 0;
}
