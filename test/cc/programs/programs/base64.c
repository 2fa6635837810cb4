/* Base64 encoding and decoding of several inputs, including binary bytes and all padding cases. */
#include <stdio.h>
#include <string.h>

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t encode(const unsigned char *in, size_t n, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < n; i += 3) {
    unsigned v = (unsigned)in[i] << 16;
    if (i + 1 < n) v |= (unsigned)in[i + 1] << 8;
    if (i + 2 < n) v |= in[i + 2];
    out[o++] = alphabet[v >> 18 & 63];
    out[o++] = alphabet[v >> 12 & 63];
    out[o++] = i + 1 < n ? alphabet[v >> 6 & 63] : '=';
    out[o++] = i + 2 < n ? alphabet[v & 63] : '=';
  }
  out[o] = 0;
  return o;
}

static int value_of(char c) {
  const char *p = strchr(alphabet, c);
  return c && p ? (int)(p - alphabet) : -1;
}

static long decode(const char *in, unsigned char *out) {
  size_t n = strlen(in), o = 0;
  if (n % 4) return -1;
  for (size_t i = 0; i < n; i += 4) {
    unsigned v = 0;
    int pad = 0;
    for (int k = 0; k < 4; k++) {
      int d = in[i + k] == '=' ? (pad++, 0) : value_of(in[i + k]);
      if (d < 0) return -1;
      v = v << 6 | (unsigned)d;
    }
    out[o++] = (unsigned char)(v >> 16);
    if (pad < 2) out[o++] = (unsigned char)(v >> 8);
    if (pad < 1) out[o++] = (unsigned char)v;
  }
  return (long)o;
}

int main(void) {
  const char *inputs[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."};
  char enc[128];
  unsigned char dec[128];
  for (int i = 0; i < 8; i++) {
    encode((const unsigned char *)inputs[i], strlen(inputs[i]), enc);
    long n = decode(enc, dec);
    printf("\"%s\" -> %s -> %ld %s\n", inputs[i], enc, n, n >= 0 && memcmp(dec, inputs[i], (size_t)n) == 0 ? "ok" : "BAD");
  }
  unsigned char bin[256];
  for (int i = 0; i < 256; i++) bin[i] = (unsigned char)(255 - i);
  char big[400];
  size_t len = encode(bin, 256, big);
  printf("%zu %.40s...%s\n", len, big, big + len - 8);
  unsigned char back[300];
  long decoded = decode(big, back);
  printf("%ld %d\n", decoded, memcmp(back, bin, 256) == 0);
  printf("%ld\n", decode("abc", back));
  printf("%ld\n", decode("ab!d", back));
  return 0;
}
