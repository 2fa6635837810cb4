/* String handling with raw pointers: copy, compare, reverse in place and count, no library calls. */
#include <stdio.h>

static void copy(char *dst, const char *src) {
  while ((*dst++ = *src++) != '\0') {
  }
}

static int compare(const char *a, const char *b) {
  while (*a && *a == *b) {
    a++;
    b++;
  }
  return (unsigned char)*a - (unsigned char)*b;
}

static void reverse(char *s) {
  char *e = s;
  while (*e) e++;
  for (e--; s < e; s++, e--) {
    char t = *s;
    *s = *e;
    *e = t;
  }
}

static int count(const char *s, char c) {
  int n = 0;
  while (*s) n += *s++ == c;
  return n;
}

int main(void) {
  char buf[32];
  copy(buf, "mississippi");
  printf("%s\n", buf);
  printf("%d %d %d\n", count(buf, 's'), count(buf, 'i'), count(buf, 'z'));
  reverse(buf);
  printf("%s\n", buf);
  printf("%d %d %d\n", compare("abc", "abd") < 0, compare("abc", "abc"), compare("b", "a") > 0);
  printf("%d\n", compare("abc", "ab") > 0);
  char *p = buf;
  while (*p && *p != 'p') p++;
  printf("%s\n", p);
  return 0;
}
