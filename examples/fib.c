// fib.c: recursive Fibonacci; `tessera run examples/fib.c [n]` prints fib(n), 30 by default.
#include <stdio.h>
#include <stdlib.h>

static long fib(long n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 30;
  printf("fib(%ld) = %ld\n", n, fib(n));
  return 0;
}
