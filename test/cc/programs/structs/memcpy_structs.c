/* Copying structs with memcpy and comparing members after, including a struct with an array of structs. */
#include <stdio.h>
#include <string.h>

struct item { short id; double price; };
struct order { int count; struct item items[3]; char note[10]; };

int main(void) {
  struct order a;
  memset(&a, 0, sizeof a);
  a.count = 2;
  a.items[0].id = 7;
  a.items[0].price = 2.5;
  a.items[1].id = 9;
  a.items[1].price = 10.25;
  strcpy(a.note, "rush");
  struct order b;
  memcpy(&b, &a, sizeof a);
  b.items[1].price *= 2;
  printf("%d %d %g %d %g %s\n", b.count, b.items[0].id, b.items[0].price, b.items[1].id, b.items[1].price, b.note);
  printf("%g\n", a.items[1].price);
  struct item tmp;
  memcpy(&tmp, &a.items[0], sizeof tmp);
  memcpy(&a.items[0], &a.items[1], sizeof tmp);
  memcpy(&a.items[1], &tmp, sizeof tmp);
  printf("%d %d\n", a.items[0].id, a.items[1].id);
  printf("%d\n", memcmp(&a.items[2], &b.items[2], sizeof(struct item)) == 0);
  return 0;
}
