/* sscanf: numbers of every type, strings and scansets, %n positions and the count of conversions. */
#include <stdio.h>

int main(void) {
  int a, b, n;
  double d;
  char word[16], rest[32];
  int r = sscanf("12 -34 5.5e1 hello", "%d %d %lf %15s", &a, &b, &d, word);
  printf("%d %d %d %g %s\n", r, a, b, d, word);
  r = sscanf("2024-03-15", "%d-%d-%d", &a, &b, &n);
  printf("%d %d %d %d\n", r, a, b, n);
  r = sscanf("key = value with spaces", "%15s = %31[^\n]", word, rest);
  printf("%d [%s] [%s]\n", r, word, rest);
  unsigned u;
  long l;
  short s;
  unsigned char c;
  r = sscanf("ff 0777 -123456789012 -5 200", "%x %lo %hd", &u, &l, &s);
  printf("%d %u %ld %d\n", r, u, l, s);
  r = sscanf("-123456789012 200", "%ld %hhu", &l, &c);
  printf("%d %ld %u\n", r, l, c);
  r = sscanf("abc", "%d", &a);
  printf("%d\n", r);
  r = sscanf("", "%d", &a);
  printf("%d\n", r);
  r = sscanf("  42abc", "%d%n", &a, &n);
  printf("%d %d %d\n", r, a, n);
  float f;
  r = sscanf("3.25", "%f", &f);
  printf("%d %g\n", r, f);
  char ch;
  r = sscanf("x y", "%c %c", &ch, &word[0]);
  printf("%d %c %c\n", r, ch, word[0]);
  r = sscanf("100%", "%d%%", &a);
  printf("%d %d\n", r, a);
  return 0;
}
