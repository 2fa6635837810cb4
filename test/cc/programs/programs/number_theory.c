/* Number theory: prime factorisation, Euler's totient, modular exponentiation, perfect numbers, Collatz. */
#include <stdio.h>

static unsigned long powmod(unsigned long b, unsigned long e, unsigned long m) {
  unsigned long r = 1;
  b %= m;
  while (e) {
    if (e & 1) r = r * b % m;
    b = b * b % m;
    e >>= 1;
  }
  return r;
}

static void factor(unsigned long n) {
  printf("%lu =", n);
  for (unsigned long p = 2; p * p <= n; p++)
    while (n % p == 0) {
      printf(" %lu", p);
      n /= p;
    }
  if (n > 1) printf(" %lu", n);
  printf("\n");
}

static unsigned long totient(unsigned long n) {
  unsigned long r = n;
  for (unsigned long p = 2; p * p <= n; p++)
    if (n % p == 0) {
      while (n % p == 0) n /= p;
      r -= r / p;
    }
  if (n > 1) r -= r / n;
  return r;
}

int main(void) {
  unsigned long ns[] = {2, 97, 360, 1001, 65536, 999999, 600851475143UL, 4294967297UL};
  for (int i = 0; i < 8; i++) factor(ns[i]);
  for (unsigned long n = 1; n <= 12; n++) printf("%lu ", totient(n));
  printf("\n%lu %lu\n", totient(1000000), totient(999983));
  printf("%lu %lu %lu\n", powmod(2, 10, 1000), powmod(3, 200, 1000000007), powmod(7, 1000000, 13));
  for (int n = 2; n < 10000; n++) {
    int s = 1;
    for (int d = 2; d * d <= n; d++)
      if (n % d == 0) s += d + (d * d != n ? n / d : 0);
    if (s == n) printf("perfect %d\n", n);
  }
  int best = 0, best_len = 0;
  for (int start = 1; start < 10000; start++) {
    unsigned long x = (unsigned long)start;
    int len = 1;
    while (x != 1) {
      x = x % 2 ? 3 * x + 1 : x / 2;
      len++;
    }
    if (len > best_len) {
      best_len = len;
      best = start;
    }
  }
  printf("longest collatz below 10000: %d (%d)\n", best, best_len);
  return 0;
}
