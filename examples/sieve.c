// sieve.c: the sieve of Eratosthenes; prints how many primes lie below a limit (argv[1], default 1000000)
// and the last few of them.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  long limit = argc > 1 ? atol(argv[1]) : 1000000;
  if (limit < 2) {
    fprintf(stderr, "usage: sieve LIMIT (at least 2)\n");
    return 2;
  }
  char *composite = malloc(limit);
  if (composite == NULL) {
    fprintf(stderr, "sieve: out of memory\n");
    return 1;
  }
  memset(composite, 0, limit);
  long count = 0;
  for (long i = 2; i < limit; i++) {
    if (composite[i]) continue;
    count++;
    for (long j = i * i; j < limit; j += i) composite[j] = 1;
  }
  printf("%ld primes below %ld; the largest:", count, limit);
  int shown = 0;
  for (long i = limit - 1; i >= 2 && shown < 5; i--) {
    if (!composite[i]) {
      printf(" %ld", i);
      shown++;
    }
  }
  printf("\n");
  free(composite);
  return 0;
}
