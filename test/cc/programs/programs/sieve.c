/* Sieve of Eratosthenes up to 100000: prime count, the last primes and twin-prime pairs. */
#include <stdio.h>
#include <string.h>

#define N 100000
static unsigned char composite[N + 1];

int main(void) {
  memset(composite, 0, sizeof composite);
  composite[0] = composite[1] = 1;
  for (int i = 2; (long)i * i <= N; i++)
    if (!composite[i])
      for (int j = i * i; j <= N; j += i) composite[j] = 1;
  int count = 0, twins = 0, last[5] = {0};
  for (int i = 2; i <= N; i++) {
    if (composite[i]) continue;
    count++;
    last[count % 5] = i;
    if (i + 2 <= N && !composite[i + 2]) twins++;
  }
  printf("%d primes, %d twin pairs\n", count, twins);
  for (int k = 1; k <= 5; k++) printf("%d ", last[(count + k) % 5]);
  printf("\n");
  for (int i = 2; i < 60; i++)
    if (!composite[i]) printf("%d ", i);
  printf("\n");
  return 0;
}
