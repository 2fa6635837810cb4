/* ctype.h classification over 0..127 (results normalised to 0/1), toupper and tolower, EOF. */
#include <ctype.h>
#include <stdio.h>

int main(void) {
  const char *names[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "xdigit"};
  for (int k = 0; k < 12; k++) {
    int count = 0;
    unsigned long hash = 0;
    for (int c = 0; c < 128; c++) {
      int r;
      switch (k) {
      case 0: r = isalnum(c); break;
      case 1: r = isalpha(c); break;
      case 2: r = isblank(c); break;
      case 3: r = iscntrl(c); break;
      case 4: r = isdigit(c); break;
      case 5: r = isgraph(c); break;
      case 6: r = islower(c); break;
      case 7: r = isprint(c); break;
      case 8: r = ispunct(c); break;
      case 9: r = isspace(c); break;
      case 10: r = isupper(c); break;
      default: r = isxdigit(c); break;
      }
      if (r) {
        count++;
        hash = hash * 131 + (unsigned long)c;
      }
    }
    printf("%-6s %3d %lu\n", names[k], count, hash);
  }
  printf("%d %d %d\n", isalpha(EOF) != 0, isspace(EOF) != 0, isdigit(EOF) != 0);
  const char *s = "Hello, World 123!";
  for (const char *p = s; *p; p++) putchar(toupper((unsigned char)*p));
  putchar('\n');
  for (const char *p = s; *p; p++) putchar(tolower((unsigned char)*p));
  putchar('\n');
  printf("%d %d %d\n", toupper('1'), tolower('Z'), toupper(EOF));
  return 0;
}
