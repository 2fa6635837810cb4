/* Using ctype.h to convert text: title case, digit values, hex parsing and character classes of a sentence. */
#include <ctype.h>
#include <stdio.h>

static int hex_value(int c) {
  if (isdigit(c)) return c - '0';
  if (isxdigit(c)) return tolower(c) - 'a' + 10;
  return -1;
}

int main(void) {
  char s[] = "the QUICK brown fox, 42 times!";
  int start = 1;
  for (char *p = s; *p; p++) {
    *p = (char)(start ? toupper((unsigned char)*p) : tolower((unsigned char)*p));
    start = isspace((unsigned char)*p) != 0;
  }
  printf("%s\n", s);
  const char *hex = "DeadBeef";
  unsigned long v = 0;
  for (const char *p = hex; *p; p++) v = v * 16 + (unsigned long)hex_value((unsigned char)*p);
  printf("%lu %lx\n", v, v);
  int alpha = 0, digit = 0, space = 0, punct = 0, upper = 0;
  for (const char *p = s; *p; p++) {
    unsigned char c = (unsigned char)*p;
    alpha += isalpha(c) != 0;
    digit += isdigit(c) != 0;
    space += isspace(c) != 0;
    punct += ispunct(c) != 0;
    upper += isupper(c) != 0;
  }
  printf("%d %d %d %d %d\n", alpha, digit, space, punct, upper);
  return 0;
}
