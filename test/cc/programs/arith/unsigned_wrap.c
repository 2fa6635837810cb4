/* Unsigned arithmetic is modulo 2^N for every width, whether computed directly or converted back. */
#include <limits.h>
#include <stdio.h>

int main(void) {
  unsigned u = UINT_MAX;
  printf("%u %u %u\n", u + 1, u * u, u * 2);
  printf("%u %u\n", 0u - 1u, 5u - 10u);
  unsigned long ul = ULONG_MAX;
  printf("%lu %lu %lu\n", ul + 1, ul * ul, ul * 3);
  unsigned long long ull = 0;
  ull--;
  printf("%llu\n", ull);
  unsigned short us = 0;
  us -= 1;
  printf("%u\n", us);
  us += 2;
  printf("%u\n", us);
  unsigned char uc = 0;
  for (int i = 0; i < 300; i++) uc++;
  printf("%u\n", uc);
  unsigned x = 0x10000;
  printf("%u\n", x * x);
  unsigned long m = 0x100000000UL;
  printf("%lu\n", m * m);
  unsigned h = 2166136261u;
  const char *text = "tessera";
  for (const char *p = text; *p; p++) h = (h ^ (unsigned char)*p) * 16777619u;
  printf("fnv1a32 %u\n", h);
  unsigned long h64 = 14695981039346656037UL;
  for (const char *p = text; *p; p++) h64 = (h64 ^ (unsigned char)*p) * 1099511628211UL;
  printf("fnv1a64 %lu\n", h64);
  unsigned count = 0;
  for (unsigned i = 10; i < 20; i--) count++;
  printf("%u\n", count);
  return 0;
}
