/* assert.c: a failing assert prints file, line, function and expression like glibc (without glibc's */
/* program-name prefix) and aborts; NDEBUG turns assert off, and assert.h may be included again. */
#include <stdio.h>

#define NDEBUG
#include <assert.h>

static void unchecked(int x) {
  assert(x > 100);
  printf("NDEBUG: assert(%d > 100) did nothing\n", x);
}

#undef NDEBUG
#include <assert.h>

static int checked(int value) {
  assert(value >= 0);
  assert(value * 2 == value + value && "arithmetic works");
  return value;
}

int main(void) {
  unchecked(5);
  printf("checked %d\n", checked(3));
  checked(-1);
  printf("not reached\n");
  return 0;
}
