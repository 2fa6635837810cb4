/* Nested includes: a local header including another, and a header without a guard included twice. */
#include <stdio.h>
#include "nested_header.h"

static int first = NESTED_VALUE;

#include "nested_header.h"

int local_counter;

int main(void) {
  printf("%d %d\n", first, NESTED_VALUE);
  local_point p = {LOCAL_TWICE(1), 3};
  printf("%d\n", local_dot(p, p));
  return 0;
}
