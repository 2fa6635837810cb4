/* string.h: strlen, strcpy, strncpy (padding), strcat, strncat, strcmp, strncmp (signs only). */
#include <stdio.h>
#include <string.h>

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void) {
  printf("%zu %zu %zu\n", strlen(""), strlen("a"), strlen("hello, world"));
  char buf[32];
  char *r = strcpy(buf, "copy");
  printf("%s %d\n", buf, r == buf);
  char pad[8];
  memset(pad, 'X', sizeof pad);
  strncpy(pad, "ab", sizeof pad);
  for (int i = 0; i < 8; i++) printf("%d ", pad[i]);
  printf("\n");
  memset(pad, 'X', sizeof pad);
  strncpy(pad, "abcdefghij", 4);
  printf("%c%c%c%c%c\n", pad[0], pad[1], pad[2], pad[3], pad[4]);
  strcpy(buf, "con");
  strcat(buf, "cat");
  strcat(buf, "");
  printf("%s\n", buf);
  strncat(buf, "enation!!!", 7);
  printf("%s %zu\n", buf, strlen(buf));
  strncat(buf, "xy", 10);
  printf("%s\n", buf);
  printf("%d %d %d\n", sign(strcmp("abc", "abd")), sign(strcmp("abc", "abc")), sign(strcmp("b", "abc")));
  printf("%d %d\n", sign(strcmp("", "a")), sign(strcmp("abc", "ab")));
  printf("%d\n", sign(strcmp("\xff", "a")));
  printf("%d %d %d\n", sign(strncmp("abcdef", "abcxyz", 3)), sign(strncmp("abcdef", "abcxyz", 4)), strncmp("x", "y", 0));
  return 0;
}
