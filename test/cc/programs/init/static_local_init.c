/* Static locals initialised from constant expressions, including addresses of other statics. */
#include <stdio.h>

static int shared = 10;

static int *get_counter(void) {
  static int counter = 3 * 4;
  return &counter;
}

static const char *greeting(int reset) {
  static char buf[16] = "hello";
  static char *cursor = buf;
  if (reset) cursor = buf;
  else if (*cursor) cursor++;
  return cursor;
}

static int *pointer_to_shared(void) {
  static int *p = &shared;
  return p;
}

int main(void) {
  int *c = get_counter();
  (*c)++;
  printf("%d %d\n", *get_counter(), *c);
  printf("%s\n", greeting(0));
  printf("%s\n", greeting(0));
  printf("%s\n", greeting(1));
  *pointer_to_shared() = 20;
  printf("%d\n", shared);
  return 0;
}
