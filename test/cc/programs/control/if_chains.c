/* if / else if / else chains, dangling else, and conditions of every scalar type. */
#include <stdio.h>

static const char *classify(int n) {
  if (n < 0) return "negative";
  else if (n == 0) return "zero";
  else if (n < 10) return "small";
  else if (n < 100) return "medium";
  else return "large";
}

int main(void) {
  int values[] = {-5, 0, 7, 42, 1000};
  for (int i = 0; i < 5; i++) printf("%d %s\n", values[i], classify(values[i]));
  int a = 1, b = 0;
  if (a)
    if (b) printf("both\n");
    else printf("a only\n");
  if (b) {
    if (a) printf("never\n");
  } else printf("not b\n");
  double d = 0.0;
  if (d) printf("d true\n"); else printf("d false\n");
  d = -0.0;
  if (d) printf("-0 true\n"); else printf("-0 false\n");
  char *p = 0;
  if (!p) printf("null\n");
  long big = 1L << 40;
  if (big) printf("big true\n");
  if ((int)big) printf("truncated true\n"); else printf("truncated false\n");
  unsigned char uc = 0;
  if (uc - 1) printf("uc-1 true\n");
  if (1) ; else printf("empty then\n");
  return 0;
}
