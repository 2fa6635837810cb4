// trap: null-access
// at: set_count 12
/* Writing a member through a null struct pointer touches a small address in the null region. */
#include <stdio.h>

struct counter {
  const char *name;
  long count;
};

static void set_count(struct counter *c, long n) {
  c->count = n; // traps here
}

int main(void) {
  struct counter ok = {"ok", 0};
  set_count(&ok, 5);
  printf("%s %ld\n", ok.name, ok.count);
  fflush(stdout);
  struct counter *missing = NULL;
  set_count(missing, 6);
  printf("not reached\n");
  return 0;
}
