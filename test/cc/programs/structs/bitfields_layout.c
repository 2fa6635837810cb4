/* Bit-field packing as gcc does it on x86-64: from the low bit up, a field that does not fit starts a new unit. */
#include <stdio.h>
#include <string.h>

struct pack { unsigned a : 3, b : 5, c : 8, d : 16; };
struct straddle { unsigned a : 20; unsigned b : 20; };
struct mixed { char c; unsigned x : 4; unsigned y : 4; short s; };
struct zero_width { unsigned a : 3; unsigned : 0; unsigned b : 3; };
struct unnamed { unsigned a : 4; unsigned : 4; unsigned b : 4; };
struct big { unsigned a : 31; unsigned b : 2; unsigned c : 31; };
struct tail { int i; unsigned flag : 1; };
struct boolbits { _Bool x : 1; _Bool y : 1; unsigned z : 6; };

static void dump(const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) printf("%02x", b[i]);
  printf("\n");
}

int main(void) {
  printf("%d %d %d %d %d %d %d %d\n", (int)sizeof(struct pack), (int)sizeof(struct straddle), (int)sizeof(struct mixed),
         (int)sizeof(struct zero_width), (int)sizeof(struct unnamed), (int)sizeof(struct big), (int)sizeof(struct tail),
         (int)sizeof(struct boolbits));
  struct pack p;
  memset(&p, 0, sizeof p);
  p.a = 5;
  p.b = 17;
  p.c = 0xab;
  p.d = 0x1234;
  dump(&p, sizeof p);
  struct straddle s;
  memset(&s, 0, sizeof s);
  s.a = 0xfffff;
  s.b = 0x12345;
  dump(&s, sizeof s);
  struct mixed m;
  memset(&m, 0, sizeof m);
  m.c = 1;
  m.x = 0xa;
  m.y = 0x5;
  m.s = 0x0102;
  dump(&m, sizeof m);
  struct zero_width z;
  memset(&z, 0, sizeof z);
  z.a = 7;
  z.b = 7;
  dump(&z, sizeof z);
  struct unnamed u;
  memset(&u, 0, sizeof u);
  u.a = 0xf;
  u.b = 0xf;
  dump(&u, sizeof u);
  struct big g;
  memset(&g, 0, sizeof g);
  g.a = 1;
  g.b = 3;
  g.c = 0x40000000;
  dump(&g, sizeof g);
  struct boolbits bb;
  memset(&bb, 0, sizeof bb);
  bb.x = 1;
  bb.y = 5;
  bb.z = 63;
  dump(&bb, sizeof bb);
  printf("%d %d %d\n", bb.x, bb.y, bb.z);
  return 0;
}
