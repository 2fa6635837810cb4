/* assert with true conditions does nothing; with NDEBUG defined before including assert.h it is not even evaluated. */
#include <assert.h>
#include <stdio.h>

static int evaluations;
static int check(int v) {
  evaluations++;
  return v;
}

int main(void) {
  assert(1);
  assert(check(2) == 2);
  assert(sizeof(int) == 4);
  int x = 5;
  assert(x > 0 && x < 10);
  printf("%d\n", evaluations);
#define NDEBUG
#include <assert.h>
  assert(check(0));
  printf("%d\n", evaluations);
  return 0;
}
