/* String initializers: char arrays, exact fit without terminator, arrays of strings, pointers to literals. */
#include <stdio.h>
#include <string.h>

struct named { char name[8]; int id; };

int main(void) {
  char a[] = "hello";
  char b[8] = "hi";
  char c[5] = "world";
  char d[] = {"braced"};
  const char *e = "pointer";
  char f[2][4] = {"abc", "de"};
  struct named n = {"struct", 7};
  struct named arr[] = {{"x", 1}, {"yy", 2}};
  printf("%s %d\n", a, (int)sizeof a);
  printf("%s %d %d\n", b, b[5], (int)sizeof b);
  printf("%.5s\n", c);
  printf("%s %d\n", d, (int)sizeof d);
  printf("%s %d\n", e, (int)strlen(e));
  printf("%s %s\n", f[0], f[1]);
  printf("%s %d\n", n.name, n.id);
  printf("%s %s %d\n", arr[0].name, arr[1].name, arr[1].id);
  char g[] = "con" "cat" "enated";
  printf("%s %d\n", g, (int)sizeof g);
  char h[] = "embedded\0zero";
  printf("%s %d\n", h, (int)sizeof h);
  printf("%s\n", h + 9);
  return 0;
}
