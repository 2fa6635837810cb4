/* char arrays initialised from string literals are modifiable copies, sized to fit the terminator. */
#include <stdio.h>
#include <string.h>

int main(void) {
  char a[] = "abc";
  char b[10] = "abc";
  char c[3] = "abc";
  printf("%d %d %d\n", (int)sizeof a, (int)sizeof b, (int)sizeof c);
  printf("%d %d\n", b[3], b[9]);
  printf("%c%c%c\n", c[0], c[1], c[2]);
  a[0] = 'X';
  printf("%s\n", a);
  char grid[3][4] = {"ab", "cde", "f"};
  for (int i = 0; i < 3; i++) printf("[%s] %d\n", grid[i], (int)strlen(grid[i]));
  char words[][8] = {"one", "two", "three"};
  printf("%d %s\n", (int)(sizeof words / sizeof words[0]), words[2]);
  char copy[sizeof "literal"];
  strcpy(copy, "literal");
  printf("%s %d\n", copy, (int)sizeof copy);
  char s[6] = {'h', 'i', 0};
  printf("%s %d %d\n", s, s[4], s[5]);
  return 0;
}
