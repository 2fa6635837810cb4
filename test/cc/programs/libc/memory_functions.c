/* memcpy, memmove with overlap in both directions, memset, memcmp (signs only). */
#include <stdio.h>
#include <string.h>

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void) {
  char buf[16] = "0123456789";
  memmove(buf + 2, buf, 5);
  printf("%s\n", buf);
  strcpy(buf, "0123456789");
  memmove(buf, buf + 3, 5);
  printf("%s\n", buf);
  int src[5] = {1, 2, 3, 4, 5}, dst[5] = {0};
  void *r = memcpy(dst, src, sizeof src);
  printf("%d %d %d\n", dst[0], dst[4], r == (void *)dst);
  memset(dst, 0, sizeof dst);
  printf("%d\n", dst[2]);
  unsigned char bytes[6];
  memset(bytes, 0x1ab, sizeof bytes);
  printf("%x %x\n", bytes[0], bytes[5]);
  printf("%d %d %d\n", sign(memcmp("abc", "abd", 3)), sign(memcmp("abc", "abd", 2)), sign(memcmp("\x80", "\x01", 1)));
  printf("%d\n", memcmp("a", "b", 0));
  long big[100];
  for (int i = 0; i < 100; i++) big[i] = i;
  memmove(big + 1, big, 99 * sizeof(long));
  printf("%ld %ld %ld\n", big[0], big[1], big[99]);
  memmove(big, big + 50, 50 * sizeof(long));
  printf("%ld %ld\n", big[0], big[49]);
  char odd[33];
  for (int i = 0; i < 33; i++) odd[i] = (char)('a' + i % 26);
  char copy[33];
  for (int len = 0; len <= 33; len += 11) {
    memset(copy, '.', sizeof copy);
    memcpy(copy, odd, (size_t)len);
    printf("%.33s\n", copy);
  }
  return 0;
}
