/* Counting characters, lines and words of standard input with getchar until EOF. */
#include <stdio.h>

int main(void) {
  int c, chars = 0, lines = 0, words = 0, in_word = 0, digits = 0;
  while ((c = getchar()) != EOF) {
    chars++;
    if (c == '\n') lines++;
    if (c >= '0' && c <= '9') digits++;
    if (c == ' ' || c == '\n' || c == '\t') in_word = 0;
    else if (!in_word) {
      in_word = 1;
      words++;
    }
  }
  printf("%d %d %d %d\n", lines, words, chars, digits);
  printf("%d\n", getchar() == EOF);
  return 0;
}
