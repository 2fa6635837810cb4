/* Union initializers: braces initialise the first member, designators any member; zero-fill. */
#include <stdio.h>

union number {
  int i;
  double d;
  char text[12];
};

struct tagged {
  char tag;
  union number n;
};

int main(void) {
  union number a = {42};
  union number b = {.d = 2.5};
  union number c = {.text = "union"};
  union number z = {0};
  printf("%d %g %s\n", a.i, b.d, c.text);
  int allzero = 1;
  for (int i = 0; i < 12; i++) allzero = allzero && z.text[i] == 0;
  printf("%d\n", allzero);
  struct tagged t[3] = {{'i', {7}}, {'d', {.d = -0.5}}, {'s', {.text = "hi"}}};
  for (int i = 0; i < 3; i++) {
    if (t[i].tag == 'i') printf("i %d\n", t[i].n.i);
    else if (t[i].tag == 'd') printf("d %g\n", t[i].n.d);
    else printf("s %s\n", t[i].n.text);
  }
  static union number s;
  printf("%d %g\n", s.i, s.d);
  return 0;
}
