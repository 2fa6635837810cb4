/* More string.h: strcoll in the C locale, strxfrm, memchr at the edges, strerror of 0 being a string. */
#include <stdio.h>
#include <string.h>

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void) {
  printf("%d %d\n", sign(strcoll("abc", "abd")), sign(strcoll("b", "a")));
  char out[16];
  size_t n = strxfrm(out, "xfrm", sizeof out);
  printf("%zu %s\n", n, out);
  printf("%d\n", strerror(0) != NULL);
  char s[] = "abcabc";
  char *p = s;
  int count = 0;
  while ((p = strchr(p, 'b')) != NULL) {
    count++;
    p++;
  }
  printf("%d\n", count);
  printf("%zu\n", strlen(strcat(strcpy((char[16]){0}, "nest"), "ed")));
  return 0;
}
