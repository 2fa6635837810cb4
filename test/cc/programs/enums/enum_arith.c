/* Enums convert to int in arithmetic and comparisons; enum variables accept any value of the enum's range. */
#include <stdio.h>

enum level { DEBUG = 10, INFO = 20, WARN = 30, ERROR = 40 };

static const char *name(enum level l) {
  switch (l) {
  case DEBUG: return "debug";
  case INFO: return "info";
  case WARN: return "warn";
  case ERROR: return "error";
  }
  return "other";
}

int main(void) {
  enum level l = INFO;
  printf("%s %d\n", name(l), l * 2);
  l = (enum level)(l + 10);
  printf("%s\n", name(l));
  l = (enum level)25;
  printf("%s %d\n", name(l), l);
  printf("%d %d\n", WARN > INFO, ERROR - DEBUG);
  double d = WARN / 4.0;
  printf("%g\n", d);
  unsigned u = ERROR;
  printf("%u\n", u);
  enum level levels[] = {ERROR, DEBUG, WARN};
  int max = 0;
  for (int i = 0; i < 3; i++)
    if (levels[i] > levels[max]) max = i;
  printf("%s\n", name(levels[max]));
  return 0;
}
