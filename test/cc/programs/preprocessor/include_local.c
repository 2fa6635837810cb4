/* #include "..." finds a header next to the source file; an include guard makes a second include harmless. */
#include <stdio.h>
#include "local_header.h"
#include "local_header.h"

int local_counter = 5;

int main(void) {
  local_point a = {1, 2}, b = {3, 4};
  printf("%d %d %d\n", LOCAL_ANSWER, LOCAL_TWICE(21), local_dot(a, b));
  local_counter += LOCAL_ANSWER;
  printf("%d\n", local_counter);
  return 0;
}
