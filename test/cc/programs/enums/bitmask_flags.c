/* Enums as bit masks: combining, testing and iterating over flags, and printing their names. */
#include <stdio.h>

enum permission { READ = 1, WRITE = 2, EXECUTE = 4, SHARE = 8, ALL = READ | WRITE | EXECUTE | SHARE };

static const char *names[] = {"read", "write", "execute", "share"};

static void describe(unsigned mask) {
  printf("%2u:", mask);
  for (int bit = 0; bit < 4; bit++)
    if (mask & (1u << bit)) printf(" %s", names[bit]);
  printf("\n");
}

int main(void) {
  unsigned m = READ | EXECUTE;
  describe(m);
  m |= SHARE;
  describe(m);
  m &= ~(unsigned)READ;
  describe(m);
  describe(ALL);
  describe(ALL ^ WRITE);
  printf("%d %d\n", (m & WRITE) == 0, (m & SHARE) == SHARE);
  int count = 0;
  for (unsigned f = READ; f <= SHARE; f <<= 1) count += (ALL & f) != 0;
  printf("%d\n", count);
  return 0;
}
