/* Errors in a header included by a header: gcc's "In file included from" lines name each #include. */
#include <stdio.h>
#include "include/nested-outer.h"
int main(void) {
  printf("%d\n", outer())
}
