/* Conditional compilation choosing function definitions and struct members by configuration macros. */
#include <stdio.h>

#define FEATURE_FAST 1
#define LOG_LEVEL 2

struct config {
  int base;
#if FEATURE_FAST
  int cache;
#endif
#if defined(FEATURE_SLOW)
  int never;
#endif
};

#if FEATURE_FAST
static int compute(const struct config *c) { return c->base * 2 + c->cache; }
#else
static int compute(const struct config *c) { return c->base; }
#endif

#if LOG_LEVEL >= 2
#define LOG(msg) printf("log: %s\n", msg)
#else
#define LOG(msg) ((void)0)
#endif

int main(void) {
  struct config c = {20, 2};
  LOG("starting");
  printf("%d %d\n", compute(&c), (int)sizeof c);
#undef LOG_LEVEL
#define LOG_LEVEL 0
#if LOG_LEVEL >= 2
  printf("not compiled\n");
#else
  printf("log level now %d\n", LOG_LEVEL);
#endif
  return 0;
}
