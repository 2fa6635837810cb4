/* Large structs by value: arguments are copies, results land in the caller's object, chains work. */
#include <stdio.h>

struct big {
  long values[12];
  char name[20];
  double weight;
};

static struct big make(const char *name, long base) {
  struct big b;
  for (int i = 0; i < 12; i++) b.values[i] = base + i;
  int k = 0;
  while (name[k] && k < 19) {
    b.name[k] = name[k];
    k++;
  }
  b.name[k] = 0;
  b.weight = base * 0.5;
  return b;
}

static long total(struct big b) {
  long s = 0;
  for (int i = 0; i < 12; i++) s += b.values[i];
  b.values[0] = -999;
  return s;
}

static struct big doubled(struct big b) {
  for (int i = 0; i < 12; i++) b.values[i] *= 2;
  b.weight *= 2;
  return b;
}

static struct big pick(int which, struct big x, struct big y) { return which ? x : y; }

int main(void) {
  struct big a = make("alpha", 10);
  printf("%s %ld %g\n", a.name, total(a), a.weight);
  printf("%ld\n", a.values[0]);
  struct big b = doubled(doubled(a));
  printf("%s %ld %g\n", b.name, total(b), b.weight);
  a = doubled(a);
  printf("%ld %ld\n", a.values[0], a.values[11]);
  struct big c = pick(0, a, make("beta", 1));
  printf("%s %ld\n", c.name, c.values[11]);
  printf("%ld\n", total(make("gamma", -6)));
  printf("%c\n", make("delta", 0).name[0]);
  return 0;
}
