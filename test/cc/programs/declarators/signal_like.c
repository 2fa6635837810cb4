/* The signal() declarator: a function taking (int, void (*)(int)) and returning void (*)(int). */
#include <stdio.h>

static void (*current)(int);
static int seen;

static void handler_a(int sig) { seen += sig; }
static void handler_b(int sig) { seen += sig * 100; }

static void (*install(int sig, void (*handler)(int)))(int) {
  void (*old)(int) = current;
  current = handler;
  printf("install for %d\n", sig);
  return old;
}

typedef void (*sighandler)(int);
static sighandler install2(int sig, sighandler h) { return install(sig, h); }

int main(void) {
  void (*old)(int) = install(2, handler_a);
  printf("%d\n", old == 0);
  current(1);
  old = install(3, handler_b);
  current(2);
  old(3);
  printf("%d\n", seen);
  sighandler back = install2(4, old);
  back(1);
  current(1);
  printf("%d\n", seen);
  return 0;
}
