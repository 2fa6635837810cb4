/* Struct assignment copies every member, including arrays and nested structs; chained assignment. */
#include <stdio.h>
#include <string.h>

struct inner { int v[3]; };
struct outer {
  char tag[8];
  struct inner in;
  double d;
  struct inner *link;
};

int main(void) {
  struct outer a;
  memset(&a, 0, sizeof a);
  strcpy(a.tag, "first");
  a.in.v[0] = 1;
  a.in.v[1] = 2;
  a.in.v[2] = 3;
  a.d = 1.5;
  a.link = &a.in;
  struct outer b, c;
  c = b = a;
  b.tag[0] = 'F';
  b.in.v[1] = 20;
  printf("%s %s %s\n", a.tag, b.tag, c.tag);
  printf("%d %d %d\n", a.in.v[1], b.in.v[1], c.in.v[1]);
  printf("%d\n", c.link == &a.in);
  c.link->v[2] = 30;
  printf("%d\n", a.in.v[2]);
  struct inner x = b.in;
  x.v[0] = 100;
  printf("%d %d\n", x.v[0], b.in.v[0]);
  struct outer *pa = &a, *pb = &b;
  *pa = *pb;
  printf("%s %d\n", a.tag, a.in.v[1]);
  struct outer arr[2];
  arr[0] = a;
  arr[1] = arr[0];
  printf("%s %g\n", arr[1].tag, arr[1].d);
  return 0;
}
