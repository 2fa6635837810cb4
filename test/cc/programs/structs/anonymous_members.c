/* Anonymous struct and union members (C11, accepted by gcc in C99 mode): their members belong to the parent. */
#include <stdio.h>

struct value {
  int kind;
  union {
    long i;
    double d;
    const char *s;
  };
};

struct vec3 {
  union {
    struct { float x, y, z; };
    float v[3];
  };
};

struct flags {
  struct {
    unsigned char a, b;
  };
  int after;
};

static void print(struct value v) {
  if (v.kind == 0) printf("int %ld\n", v.i);
  else if (v.kind == 1) printf("double %g\n", v.d);
  else printf("string %s\n", v.s);
}

int main(void) {
  struct value a = {0, {.i = 42}};
  struct value b;
  b.kind = 1;
  b.d = 2.5;
  struct value c;
  c.kind = 2;
  c.s = "hello";
  print(a);
  print(b);
  print(c);
  printf("%d\n", (int)sizeof(struct value));
  struct vec3 p;
  p.x = 1;
  p.y = 2;
  p.z = 3;
  printf("%g %g %g\n", p.v[0], p.v[1], p.v[2]);
  p.v[1] = 20;
  printf("%g\n", p.y);
  struct flags f = {{1, 2}, 3};
  printf("%d %d %d %d\n", f.a, f.b, f.after, (int)sizeof f);
  return 0;
}
