/* Assertion-like macros that stringize the failing expression and report file-independent context. */
#include <stdio.h>

static int failures;
#define CHECK(cond)                                       \
  do {                                                    \
    if (!(cond)) {                                        \
      failures++;                                         \
      printf("check failed: %s (line %d)\n", #cond, __LINE__); \
    }                                                     \
  } while (0)
#define CHECK_EQ(a, b) CHECK((a) == (b))

int main(void) {
  int x = 5;
  CHECK(x > 3);
  CHECK(x < 3);
  CHECK_EQ(x * 2, 10);
  CHECK_EQ(x + 1, 7);
  CHECK("literal"[0] == 'l');
  printf("%d failures\n", failures);
  return 0;
}
