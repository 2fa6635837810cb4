/* string.h searching: strchr, strrchr, strstr, strspn, strcspn, strpbrk, memchr (positions, not addresses). */
#include <stdio.h>
#include <string.h>

static long at(const char *base, const char *p) { return p ? (long)(p - base) : -1L; }

int main(void) {
  const char *s = "hello, world";
  printf("%ld %ld %ld\n", at(s, strchr(s, 'o')), at(s, strrchr(s, 'o')), at(s, strchr(s, 'z')));
  printf("%ld %ld\n", at(s, strchr(s, '\0')), at(s, strrchr(s, 'h')));
  printf("%ld %ld %ld %ld\n", at(s, strstr(s, "wor")), at(s, strstr(s, "")), at(s, strstr(s, "worlds")), at(s, strstr(s, "l")));
  printf("%zu %zu %zu\n", strspn(s, "helo"), strspn(s, "xyz"), strspn("aaa", "a"));
  printf("%zu %zu %zu\n", strcspn(s, ", "), strcspn(s, "xyz"), strcspn(s, "h"));
  printf("%ld %ld\n", at(s, strpbrk(s, "wr")), at(s, strpbrk(s, "XYZ")));
  printf("%ld %ld\n", at(s, memchr(s, 'w', 12)), at(s, memchr(s, 'w', 5)));
  const char text[] = "a\0b\0c";
  printf("%ld\n", at(text, memchr(text, 'c', sizeof text)));
  printf("%ld\n", at(s, strstr(s, "hello, world")));
  const char *hay = "aaabaaab";
  printf("%ld\n", at(hay, strstr(hay, "aab")));
  return 0;
}
