/* Character constants have type int; escapes by name, octal and hex; '\xff' is -1 with signed char. */
#include <stdio.h>

int main(void) {
  printf("%d %d %d %d\n", 'a', 'Z', '0', ' ');
  printf("%d %d %d %d %d %d\n", '\n', '\t', '\r', '\v', '\f', '\b');
  printf("%d %d %d %d %d\n", '\a', '\\', '\'', '\"', '\?');
  printf("%d %d %d %d\n", '\0', '\101', '\x41', '\177');
  printf("%d %d %d\n", '\xff', '\377', '\x80');
  printf("%d\n", (int)sizeof('a'));
  char s[] = "\x41\102C\tD\\";
  for (int i = 0; s[i] != 0; i++) printf("%d ", s[i]);
  printf("\n");
  unsigned char u = '\xff';
  char c = '\xff';
  printf("%d %d\n", u, c);
  printf("%c%c%c\n", 'o', 'k', '!');
  printf("%d\n", "abc"[1]);
  printf("%d\n", (int)sizeof("a\0b"));
  return 0;
}
