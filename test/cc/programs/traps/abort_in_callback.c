// trap: aborted
// at: visit 10
/* abort() from a callback invoked through a function pointer. */
#include <stdio.h>
#include <stdlib.h>

static void visit(int v) {
  printf("visit %d\n", v);
  fflush(stdout);
  if (v == 3) abort(); // traps here
}

static void each(const int *xs, int n, void (*f)(int)) {
  for (int i = 0; i < n; i++) f(xs[i]);
}

int main(void) {
  int xs[] = {1, 2, 3, 4};
  each(xs, 4, visit);
  return 0;
}
