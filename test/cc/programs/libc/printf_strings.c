/* printf %s with width and precision (precision limits bytes read), %c of every kind, and %n. */
#include <stdio.h>

int main(void) {
  const char *s = "string";
  printf("[%s] [%10s] [%-10s] [%.3s] [%10.3s] [%-10.3s] [%.0s] [%.10s]\n", s, s, s, s, s, s, s, s);
  printf("[%*s] [%-*s] [%.*s]\n", 8, "ab", 8, "ab", 2, "abcdef");
  char not_terminated[3] = {'x', 'y', 'z'};
  printf("[%.3s]\n", not_terminated);
  printf("[%s]\n", "");
  printf("[%5s]\n", "");
  int n1 = 0, n2 = 0;
  printf("abc%ndef%n\n", &n1, &n2);
  printf("%d %d\n", n1, n2);
  signed char hn = 0;
  short sn = 0;
  long ln = 0;
  printf("12345%hhn%hn%ln\n", &hn, &sn, &ln);
  printf("%d %d %ld\n", hn, sn, ln);
  int total = printf("%s %d %c\n", "count", 12345, 'Z');
  printf("%d\n", total);
  printf("%s%s%s\n", "con", "cat", "enation");
  return 0;
}
