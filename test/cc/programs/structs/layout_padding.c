/* Struct layout: members at multiples of their alignment, the size rounded to the largest alignment. */
#include <stddef.h>
#include <stdio.h>

struct a { char c; int i; };
struct b { char c; double d; char e; };
struct c { char x, y, z; };
struct d { short s; char c; };
struct e { long l; char c; };
struct f { char c; struct e inner; };
struct g { int i; char tail[3]; };
struct h { char c; short s; int i; long l; };
struct i { float f; char c; };
struct j { char c; char *p; };
struct k { struct c three; short s; };
union u { char c; int i; double d; char big[13]; };

#define SHOW(T) printf(#T ": size %d align %d\n", (int)sizeof(T), (int)offsetof(struct { char pad; T t; }, t))

int main(void) {
  SHOW(struct a);
  SHOW(struct b);
  SHOW(struct c);
  SHOW(struct d);
  SHOW(struct e);
  SHOW(struct f);
  SHOW(struct g);
  SHOW(struct h);
  SHOW(struct i);
  SHOW(struct j);
  SHOW(struct k);
  SHOW(union u);
  printf("b: %d %d %d\n", (int)offsetof(struct b, c), (int)offsetof(struct b, d), (int)offsetof(struct b, e));
  printf("f: %d %d\n", (int)offsetof(struct f, inner), (int)offsetof(struct f, inner.c));
  printf("h: %d %d %d %d\n", (int)offsetof(struct h, c), (int)offsetof(struct h, s), (int)offsetof(struct h, i),
         (int)offsetof(struct h, l));
  printf("k: %d\n", (int)offsetof(struct k, s));
  struct b arr[3];
  printf("%d\n", (int)((char *)&arr[2] - (char *)&arr[0]));
  return 0;
}
