/* An exit status computed at run time: the number of failed self-checks. */
#include <stdio.h>

static int check(int ok, const char *what) {
  printf("%s: %s\n", what, ok ? "ok" : "FAILED (on purpose)");
  return !ok;
}

int main(void) {
  int failures = 0;
  failures += check(1 + 1 == 2, "addition");
  failures += check(sizeof(long) == 8, "LP64");
  failures += check(0, "deliberate failure one");
  failures += check('a' < 'b', "ordering");
  failures += check(0, "deliberate failure two");
  return failures;
}
