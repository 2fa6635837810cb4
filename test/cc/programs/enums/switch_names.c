/* Enums in switches and as array indexes, with a count constant at the end. */
#include <stdio.h>

enum weekday { MON, TUE, WED, THU, FRI, SAT, SUN, DAYS };

static const char *names[DAYS] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

static int is_weekend(enum weekday d) {
  switch (d) {
  case SAT:
  case SUN: return 1;
  default: return 0;
  }
}

static enum weekday next(enum weekday d) { return (enum weekday)((d + 1) % DAYS); }

int main(void) {
  enum weekday d = FRI;
  for (int i = 0; i < 9; i++) {
    printf("%s%s ", names[d], is_weekend(d) ? "*" : "");
    d = next(d);
  }
  printf("\n%d\n", DAYS);
  int hours[DAYS] = {[MON] = 8, [WED] = 6, [FRI] = 4, [SUN] = 1};
  int total = 0;
  for (enum weekday k = MON; k < DAYS; k++) total += hours[k];
  printf("%d\n", total);
  return 0;
}
