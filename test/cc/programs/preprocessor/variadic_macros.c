/* C99 variadic macros with __VA_ARGS__: forwarding to printf, counting arguments, stringizing them. */
#include <stdio.h>

#define LOG(...) printf(__VA_ARGS__)
#define LOGF(fmt, ...) printf("[log] " fmt "\n", __VA_ARGS__)
#define COUNT(...) COUNT_(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0)
#define COUNT_(a, b, c, d, e, f, n, ...) n
#define ARGS_AS_STRING(...) #__VA_ARGS__
#define FIRST(x, ...) x
#define CALL_WITH(f, ...) f(__VA_ARGS__)

static int sum3(int a, int b, int c) { return a + b + c; }

int main(void) {
  LOG("plain\n");
  LOG("%d %s\n", 1, "two");
  LOGF("%d-%d", 3, 4);
  printf("%d %d %d\n", COUNT(a), COUNT(a, b, c), COUNT(1, 2, 3, 4, 5, 6));
  printf("%s\n", ARGS_AS_STRING(x, y,   z));
  printf("%d\n", FIRST(10, 20, 30));
  printf("%d\n", CALL_WITH(sum3, 1, 2, 3));
  return 0;
}
