/* The C99 predefined identifier __func__ inside functions, and through a logging macro. */
#include <stdio.h>
#include <string.h>

#define TRACE() printf("in %s\n", __func__)

static void helper(void) { TRACE(); }
static size_t name_length(void) { return strlen(__func__); }

int main(void) {
  TRACE();
  helper();
  printf("%zu %d\n", name_length(), (int)sizeof __func__);
  return 0;
}
