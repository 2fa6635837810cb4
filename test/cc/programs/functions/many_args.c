/* Functions with more than six arguments: integers, doubles, pointers and structs mixed, some on the stack. */
#include <stdio.h>

struct pair { int a, b; };

static long sum10(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
}

static double mixed(int a, double b, char c, float d, long e, double f, short g, unsigned char h, double i, int j) {
  return a + b + c + d + e + f + g + h + i + j;
}

static int with_structs(int a, struct pair p, int b, struct pair q, int c, int d, int e, struct pair r) {
  return a + p.a * 10 + p.b * 100 + b + q.a - q.b + c + d + e + r.a * r.b;
}

static void out_params(int n, int *a, int *b, int *c, int *d, int *e, int *f, int *g) {
  *a = n;
  *b = n + 1;
  *c = n + 2;
  *d = n + 3;
  *e = n + 4;
  *f = n + 5;
  *g = n + 6;
}

static const char *pick(int which, const char *s0, const char *s1, const char *s2, const char *s3, const char *s4,
                        const char *s5, const char *s6, const char *s7) {
  const char *all[] = {s0, s1, s2, s3, s4, s5, s6, s7};
  return all[which];
}

static long chain(long a, long b, long c, long d, long e, long f, long g, long h) {
  if (a == 0) return b + c + d + e + f + g + h;
  return chain(a - 1, h, b, c, d, e, f, g + a);
}

int main(void) {
  printf("%ld\n", sum10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  printf("%ld\n", sum10(-1, 1L << 33, 0, 0, 0, 0, 0, 0, 0, -(1L << 40)));
  printf("%.4f\n", mixed(1, 0.5, 'A', 0.25f, 100000000000L, -0.125, -3, 200, 1e-3, -7));
  struct pair p = {1, 2}, q = {30, 4}, r = {5, 6};
  printf("%d\n", with_structs(1, p, 2, q, 3, 4, 5, r));
  int a, b, c, d, e, f, g;
  out_params(10, &a, &b, &c, &d, &e, &f, &g);
  printf("%d %d %d %d %d %d %d\n", a, b, c, d, e, f, g);
  for (int i = 0; i < 8; i++) printf("%s ", pick(i, "zero", "one", "two", "three", "four", "five", "six", "seven"));
  printf("\n");
  printf("%ld\n", chain(5, 1, 2, 3, 4, 5, 6, 7));
  return 0;
}
