/* exit.c: program termination: atexit handlers (run last registered first), flushing stdio, _Exit. */
#include <stdlib.h>

#include "libc.h"

#define MAX_HANDLERS 64

static void (*handlers[MAX_HANDLERS])(void);
static int handler_count;

int atexit(void (*handler)(void)) {
  if (handler_count == MAX_HANDLERS) return -1;
  handlers[handler_count++] = handler;
  return 0;
}

void exit(int status) {
  /* A handler may register another; it runs too, in the same last-first order. */
  while (handler_count > 0) {
    void (*handler)(void) = handlers[--handler_count];
    handler();
  }
  __libc_flush_all();
  __tessera_exit(status);
  for (;;) {
  }
}

void _Exit(int status) {
  __tessera_exit(status);
  for (;;) {
  }
}
