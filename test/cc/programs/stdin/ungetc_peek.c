/* ungetc to peek at the next character while tokenizing numbers and operators from standard input. */
#include <ctype.h>
#include <stdio.h>

int main(void) {
  int c;
  long total = 0;
  int sign = 1, tokens = 0;
  while ((c = getchar()) != EOF) {
    if (isspace(c)) continue;
    if (isdigit(c)) {
      long v = c - '0';
      while ((c = getchar()) != EOF && isdigit(c)) v = v * 10 + (c - '0');
      if (c != EOF) ungetc(c, stdin);
      total += sign * v;
      printf("number %ld\n", v);
      tokens++;
    } else if (c == '+' || c == '-') {
      sign = c == '-' ? -1 : 1;
      printf("op %c\n", c);
      tokens++;
    } else {
      printf("other %c\n", c);
    }
  }
  printf("%d tokens, total %ld\n", tokens, total);
  return 0;
}
