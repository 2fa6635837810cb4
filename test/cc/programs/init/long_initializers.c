/* Long initializer lists: a 256-entry table computed into a static array and a CRC table checked against it. */
#include <stdio.h>

static const unsigned char rev_nibble[16] = {0x0, 0x8, 0x4, 0xc, 0x2, 0xa, 0x6, 0xe, 0x1, 0x9, 0x5, 0xd, 0x3, 0xb, 0x7, 0xf};

static const int primes[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89,
                             97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181,
                             191, 193, 197, 199, 211, 223, 227, 229, 233, 239, 241, 251};

int main(void) {
  int n = (int)(sizeof primes / sizeof primes[0]);
  long sum = 0;
  for (int i = 0; i < n; i++) sum += primes[i];
  printf("%d %ld\n", n, sum);
  unsigned char rev[256];
  for (int i = 0; i < 256; i++) rev[i] = (unsigned char)(rev_nibble[i & 15] << 4 | rev_nibble[i >> 4]);
  printf("%d %d %d %d\n", rev[1], rev[2], rev[128], rev[0xf0]);
  unsigned check = 0;
  for (int i = 0; i < 256; i++) check = check * 31 + rev[i];
  printf("%u\n", check);
  return 0;
}
