/* Small structs passed and returned by value: the callee works on a copy. */
#include <stdio.h>

struct pair { int a, b; };
struct one { char c; };
struct mixed { char c; double d; };
struct three { short x, y, z; };

static struct pair swap(struct pair p) {
  int t = p.a;
  p.a = p.b;
  p.b = t;
  return p;
}

static struct one next(struct one o) {
  o.c++;
  return o;
}

static struct mixed scale(struct mixed m, int k) {
  m.c = (char)(m.c * k);
  m.d *= k;
  return m;
}

static int sum3(struct three t) { return t.x + t.y + t.z; }

static struct three make3(int v) {
  struct three t = {(short)v, (short)(v * 2), (short)(v * 3)};
  return t;
}

int main(void) {
  struct pair p = {1, 2};
  struct pair q = swap(p);
  printf("%d %d | %d %d\n", p.a, p.b, q.a, q.b);
  struct one o = {'a'};
  printf("%c %c\n", next(next(o)).c, o.c);
  struct mixed m = scale((struct mixed){3, 1.25}, 4);
  printf("%d %g\n", m.c, m.d);
  printf("%d\n", sum3(make3(5)));
  printf("%d\n", swap(swap(q)).a);
  printf("%d\n", make3(7).z);
  return 0;
}
