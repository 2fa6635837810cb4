/* CRC-32 (IEEE, reflected) with a generated table, over standard check strings and a larger buffer. */
#include <stdio.h>
#include <string.h>

static unsigned table[256];

static void make_table(void) {
  for (unsigned n = 0; n < 256; n++) {
    unsigned c = n;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
}

static unsigned crc32(const unsigned char *buf, size_t len) {
  unsigned c = 0xffffffffu;
  for (size_t i = 0; i < len; i++) c = table[(c ^ buf[i]) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

static unsigned crc32_bitwise(const unsigned char *buf, size_t len) {
  unsigned c = 0xffffffffu;
  for (size_t i = 0; i < len; i++) {
    c ^= buf[i];
    for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1)));
  }
  return ~c;
}

int main(void) {
  make_table();
  printf("%08x %08x %08x\n", table[1], table[128], table[255]);
  const char *tests[] = {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog"};
  for (int i = 0; i < 5; i++) {
    const unsigned char *p = (const unsigned char *)tests[i];
    printf("%08x %08x \"%s\"\n", crc32(p, strlen(tests[i])), crc32_bitwise(p, strlen(tests[i])), tests[i]);
  }
  static unsigned char big[10000];
  for (int i = 0; i < 10000; i++) big[i] = (unsigned char)(i * 31 + (i >> 8));
  printf("%08x\n", crc32(big, sizeof big));
  return 0;
}
