/* builtins.c: gcc's bit-counting and byte-swapping builtins, which programs call without a declaration */
/* (the analyser gives them their prototypes, analyser/builtins.ts). gcc cannot compile definitions of its */
/* own builtins, so the native build of the library (test/cc/libc-native) leaves them out. */
#ifdef __TESSERA_LIBC_NATIVE
typedef int __libc_builtins_native_unused;
#else

int __builtin_popcountll(unsigned long long x) {
  int n = 0;
  while (x != 0) {
    x &= x - 1;
    n++;
  }
  return n;
}
int __builtin_popcountl(unsigned long x) { return __builtin_popcountll(x); }
int __builtin_popcount(unsigned x) { return __builtin_popcountll(x); }

int __builtin_parityll(unsigned long long x) { return __builtin_popcountll(x) & 1; }
int __builtin_parityl(unsigned long x) { return __builtin_popcountll(x) & 1; }
int __builtin_parity(unsigned x) { return __builtin_popcountll(x) & 1; }

/* Count trailing zeros; undefined for 0 in gcc, 64 (or the width) here. */
static int trailing_zeros(unsigned long long x, int width) {
  int n = 0;
  if (x == 0) return width;
  while ((x & 1) == 0) {
    x >>= 1;
    n++;
  }
  return n;
}
int __builtin_ctzll(unsigned long long x) { return trailing_zeros(x, 64); }
int __builtin_ctzl(unsigned long x) { return trailing_zeros(x, 64); }
int __builtin_ctz(unsigned x) { return trailing_zeros(x, 32); }

static int leading_zeros(unsigned long long x, int width) {
  int n = 0;
  unsigned long long top = 1ULL << (width - 1);
  if (x == 0) return width;
  while ((x & top) == 0) {
    x <<= 1;
    n++;
  }
  return n;
}
int __builtin_clzll(unsigned long long x) { return leading_zeros(x, 64); }
int __builtin_clzl(unsigned long x) { return leading_zeros(x, 64); }
int __builtin_clz(unsigned x) { return leading_zeros(x, 32); }

int __builtin_ffsll(long long x) { return x == 0 ? 0 : trailing_zeros((unsigned long long)x, 64) + 1; }
int __builtin_ffsl(long x) { return __builtin_ffsll(x); }
int __builtin_ffs(int x) { return x == 0 ? 0 : trailing_zeros((unsigned)x, 32) + 1; }

/* The number of bits after the sign bit that equal it. */
int __builtin_clrsbll(long long x) { return leading_zeros((unsigned long long)(x < 0 ? ~x : x), 64) - 1; }
int __builtin_clrsbl(long x) { return __builtin_clrsbll(x); }
int __builtin_clrsb(int x) { return leading_zeros((unsigned)(x < 0 ? ~x : x), 32) - 1; }

unsigned short __builtin_bswap16(unsigned short x) { return (unsigned short)(x << 8 | x >> 8); }
unsigned __builtin_bswap32(unsigned x) {
  return x >> 24 | (x >> 8 & 0xff00) | (x << 8 & 0xff0000) | x << 24;
}
unsigned long long __builtin_bswap64(unsigned long long x) {
  return (unsigned long long)__builtin_bswap32((unsigned)x) << 32 | __builtin_bswap32((unsigned)(x >> 32));
}
#endif
