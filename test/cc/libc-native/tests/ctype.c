/* ctype.c: every ctype.h class and case mapping for EOF and every unsigned char, against glibc's C locale. */
#include <ctype.h>
#include <stdio.h>

int main(void) {
  int c;
  for (c = -1; c < 256; c++) {
    printf("%d: %d%d%d%d%d%d%d%d%d%d%d%d %d %d\n", c, !!isalnum(c), !!isalpha(c), !!isblank(c), !!iscntrl(c),
           !!isdigit(c), !!isgraph(c), !!islower(c), !!isprint(c), !!ispunct(c), !!isspace(c), !!isupper(c),
           !!isxdigit(c), tolower(c), toupper(c));
  }
  return 0;
}
