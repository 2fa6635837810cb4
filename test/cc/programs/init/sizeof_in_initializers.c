/* Initializers using sizeof, casts and constant expressions of enum values and addresses. */
#include <stdio.h>

enum { BASE = 16, DOUBLE_BASE = BASE * 2 };

struct header {
  unsigned size;
  unsigned count;
  const char *label;
};

static const char label[] = "record";
static const struct header h = {sizeof(struct header), DOUBLE_BASE / 4, label + 3};
static const int sizes[] = {sizeof(char), sizeof(short), sizeof(int), sizeof(long), sizeof(double), sizeof(h)};
static const unsigned char mask = (unsigned char)~0;
static const long big = (long)1 << 40;
static const double ratio = (double)DOUBLE_BASE / 5;

int main(void) {
  printf("%u %u %s\n", h.size, h.count, h.label);
  for (int i = 0; i < (int)(sizeof sizes / sizeof sizes[0]); i++) printf("%d ", sizes[i]);
  printf("\n%d %ld %g\n", mask, big, ratio);
  char buf[sizeof label * 2] = "x";
  printf("%d %s\n", (int)sizeof buf, buf);
  return 0;
}
