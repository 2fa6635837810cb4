/* X-macros: one list expanded several ways to build an enum, a name table and a dispatch. */
#include <stdio.h>

#define COLORS(X) \
  X(RED, 0xff0000) \
  X(GREEN, 0x00ff00) \
  X(BLUE, 0x0000ff) \
  X(WHITE, 0xffffff)

#define AS_ENUM(name, value) name,
#define AS_NAME(name, value) #name,
#define AS_VALUE(name, value) value,
#define AS_CASE(name, value) case name: return value >> 16;

enum color { COLORS(AS_ENUM) COLOR_COUNT };
static const char *names[] = {COLORS(AS_NAME)};
static const int values[] = {COLORS(AS_VALUE)};

static int red_part(enum color c) {
  switch (c) {
    COLORS(AS_CASE)
  default: return -1;
  }
}

int main(void) {
  for (int i = 0; i < COLOR_COUNT; i++) printf("%d %s %06x %d\n", i, names[i], values[i], red_part((enum color)i));
  return 0;
}
