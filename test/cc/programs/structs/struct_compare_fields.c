/* Comparing structs member by member, and a struct holding a mix of every scalar type. */
#include <stdio.h>

struct all {
  char c;
  signed char sc;
  unsigned char uc;
  short s;
  unsigned short us;
  int i;
  unsigned u;
  long l;
  unsigned long ul;
  float f;
  double d;
  void *p;
  _Bool b;
};

static int equal(const struct all *x, const struct all *y) {
  return x->c == y->c && x->sc == y->sc && x->uc == y->uc && x->s == y->s && x->us == y->us && x->i == y->i &&
         x->u == y->u && x->l == y->l && x->ul == y->ul && x->f == y->f && x->d == y->d && x->p == y->p && x->b == y->b;
}

int main(void) {
  struct all a = {'x', -5, 250, -30000, 60000, -2000000000, 4000000000u, -9000000000L, 18000000000000000000UL,
                  1.5f, -2.25, 0, 1};
  struct all b = a;
  printf("%d\n", equal(&a, &b));
  b.f = 1.25f;
  printf("%d\n", equal(&a, &b));
  b = a;
  b.p = &b;
  printf("%d\n", equal(&a, &b));
  printf("%c %d %u %d %u %d %u %ld %lu %g %g %d\n", a.c, a.sc, a.uc, a.s, a.us, a.i, a.u, a.l, a.ul, a.f, a.d, a.b);
  printf("%d\n", (int)sizeof(struct all));
  return 0;
}
