/* Variadic calls with 0 to 10 extra arguments of mixed types, the kinds named by a string. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct pair {
  int a;
  long b;
};

static void show(const char *kinds, ...) {
  va_list ap;
  va_start(ap, kinds);
  printf("%d:", (int)strlen(kinds));
  for (const char *k = kinds; *k != '\0'; k++) {
    switch (*k) {
    case 'i': printf(" i%d", va_arg(ap, int)); break;
    case 'u': printf(" u%u", va_arg(ap, unsigned)); break;
    case 'l': printf(" l%ld", va_arg(ap, long)); break;
    case 'd': printf(" d%.3f", va_arg(ap, double)); break;
    case 's': printf(" s%s", va_arg(ap, char *)); break;
    case 'p': {
      struct pair p = va_arg(ap, struct pair);
      printf(" p%d/%ld", p.a, p.b);
      break;
    }
    }
  }
  va_end(ap);
  printf("\n");
}

/* A struct result takes the hidden slot 0, which counts as a named slot for va_start. */
static struct pair sum_pair(int count, ...) {
  struct pair p = {0, 0};
  va_list ap;
  va_start(ap, count);
  for (int i = 0; i < count; i++) {
    p.a += va_arg(ap, int);
    p.b += (long)va_arg(ap, double);
  }
  va_end(ap);
  return p;
}

int main(void) {
  struct pair q = {3, -4};
  char c = 'A';
  short s = -300;
  float f = 1.5f;
  show("");
  show("i", 1);
  show("dl", 2.5, 3L);
  show("sis", "a", -4, "b");
  show("dddd", 0.125, f, 3.0, -1e10);
  show("iiiii", c, s, 3, 4, 5);
  show("lpdsi", 9L, q, 6.25, "str", 7);
  show("iiiiiii", 1, 2, 3, 4, 5, 6, 7);
  show("dididid", 1.0, 2, 3.0, 4, 5.0, 6, 7.0, 8);
  show("uuuuuuuuu", 1u, 2u, 3u, 4u, 4294967295u, 6u, 7u, 8u, 9u);
  show("slidslidsp", "x", 1L, 2, 3.5, "y", 4L, 5, 6.5, "z", q);
  q = sum_pair(3, 1, 1.5, 2, 2.5, 3, 3.5);
  printf("%d %ld\n", q.a, q.b);
  return 0;
}
