/* Enumeration constants are ordinary identifiers: they have block scope and can be shadowed. */
#include <stdio.h>

enum { X = 10, Y = 20 };

static int f(void) { return X; }

int main(void) {
  printf("%d %d\n", X, f());
  {
    enum { X = 99 };
    printf("%d %d\n", X, Y);
    int Y = 5;
    printf("%d\n", Y);
  }
  printf("%d\n", X);
  enum state { IDLE, RUNNING = 5, DONE } s = RUNNING;
  s = DONE;
  printf("%d\n", s);
  enum { LOCAL_SIZE = 3 };
  int arr[LOCAL_SIZE] = {1, 2, 3};
  printf("%d\n", (int)(sizeof arr / sizeof arr[0]));
  return 0;
}
