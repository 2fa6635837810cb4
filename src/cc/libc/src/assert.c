/* assert.c: abort, and the failure report behind assert(e). */
#include <stdio.h>
#include <stdlib.h>

#include "libc.h"

void abort(void) {
  /* Like glibc, abort does not flush stdio; stdout is line-buffered, so whole lines are out already. */
  __tessera_abort("abort");
  for (;;) {
  }
}

void __tessera_assert_fail(const char *expression, const char *file, int line, const char *function) {
  fprintf(stderr, "%s:%d: %s: Assertion `%s' failed.\n", file, line, function, expression);
  abort();
}
