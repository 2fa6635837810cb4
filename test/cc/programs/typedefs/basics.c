/* typedef names for scalars, pointers, arrays, structs and functions. */
#include <stdio.h>

typedef int count_t;
typedef unsigned char byte;
typedef char *string;
typedef int triple[3];
typedef struct { double x, y; } point;
typedef struct node { int v; struct node *next; } node;
typedef int (*compare_fn)(int, int);
typedef void handler(int);

static int less(int a, int b) { return a < b; }
static int hits;
static void on_event(int code) { hits += code; }

int main(void) {
  count_t n = 3;
  byte b = 255;
  b++;
  char text[] = "typed";
  string s = text;
  triple t = {1, 2, 3};
  point p = {1.5, -2.5};
  node second = {2, 0}, first = {1, &second};
  compare_fn cmp = less;
  handler *h = on_event;
  h(4);
  h(5);
  printf("%d %d %s %d %g %g %d %d %d\n", n, b, s, t[2], p.x, p.y, first.next->v, cmp(1, 2), hits);
  printf("%d %d %d\n", (int)sizeof(triple), (int)sizeof(point), (int)sizeof(byte));
  triple *tp = &t;
  printf("%d\n", (*tp)[1]);
  return 0;
}
