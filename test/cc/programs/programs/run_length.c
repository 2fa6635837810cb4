/* Run-length encoding and decoding of strings, with a round-trip check and compression ratios. */
#include <stdio.h>
#include <string.h>

static size_t encode(const char *in, char *out) {
  size_t o = 0;
  for (size_t i = 0; in[i];) {
    size_t j = i;
    while (in[j] == in[i] && j - i < 9) j++;
    out[o++] = (char)('0' + (j - i));
    out[o++] = in[i];
    i = j;
  }
  out[o] = 0;
  return o;
}

static size_t decode(const char *in, char *out) {
  size_t o = 0;
  for (size_t i = 0; in[i] && in[i + 1]; i += 2)
    for (int k = 0; k < in[i] - '0'; k++) out[o++] = in[i + 1];
  out[o] = 0;
  return o;
}

int main(void) {
  const char *tests[] = {"aaabbbcccd", "abc", "", "zzzzzzzzzzzzzzzzzzzz", "aabbaabb", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"};
  char enc[256], dec[256];
  for (int i = 0; i < 6; i++) {
    size_t n = encode(tests[i], enc);
    decode(enc, dec);
    printf("%s -> %s (%zu/%zu) %s\n", tests[i], enc, n, strlen(tests[i]), strcmp(dec, tests[i]) == 0 ? "ok" : "BAD");
  }
  return 0;
}
