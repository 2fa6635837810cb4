/* Loop conditions with side effects, assignments in conditions, and pointer conditions. */
#include <stdio.h>

int main(void) {
  const char *s = "count the spaces in this line";
  int spaces = 0;
  char c;
  while ((c = *s++) != '\0')
    if (c == ' ') spaces++;
  printf("%d\n", spaces);
  int n = 10;
  while (n--) printf("%d", n);
  printf(" %d\n", n);
  n = 3;
  while (--n) printf("%d", n);
  printf(" %d\n", n);
  int values[] = {5, 3, 8, 0, 9};
  int *p = values, total = 0;
  while (*p) total += *p++;
  printf("%d %td\n", total, p - values);
  unsigned x = 1000;
  int digits = 0;
  do digits++;
  while (x /= 10);
  printf("%d\n", digits);
  return 0;
}
