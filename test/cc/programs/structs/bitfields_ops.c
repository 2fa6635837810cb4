/* Bit-fields in expressions: promotion to int, compound assignment, bit-fields as flags packed into one word. */
#include <stdio.h>

struct flags {
  unsigned read : 1;
  unsigned write : 1;
  unsigned exec : 1;
  unsigned mode : 3;
  unsigned count : 10;
  signed delta : 6;
};

static unsigned pack(struct flags f) { return f.read | f.write << 1 | f.exec << 2 | f.mode << 3 | f.count << 6; }

int main(void) {
  struct flags f = {1, 0, 1, 5, 1000, -20};
  printf("%u %u %u %u %u %d\n", f.read, f.write, f.exec, f.mode, f.count, f.delta);
  printf("%x\n", pack(f));
  f.count += 30;
  printf("%u\n", f.count);
  f.count *= 2;
  printf("%u\n", f.count);
  f.delta -= 20;
  printf("%d\n", f.delta);
  f.mode ^= 7;
  printf("%u\n", f.mode);
  f.write = !f.write;
  printf("%u\n", f.write);
  int sum = f.read + f.write + f.exec;
  printf("%d\n", sum);
  struct flags g = f;
  g.count = 1;
  printf("%u %u\n", f.count, g.count);
  printf("%d\n", f.mode > 1 ? f.delta : -f.delta);
  unsigned long wide = f.count;
  printf("%lu\n", wide << 40);
  return 0;
}
