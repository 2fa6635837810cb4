/* scanf.c: sscanf against glibc (every conversion, widths, suppression, scansets, %n, failures and EOF), */
/* then scanf reading stdin (scanf.in). */
#include <stdio.h>
#include <string.h>

static void integers(void) {
  static const char *const inputs[] = {"42", "-42", "+7", "  0x1F", "017", "08", "0x", "0xg", "-", "-x", "", "   ",
                                       "4294967296", "99999999999999999999", "-1", "2147483648", "1e5", "z"};
  static const char *const formats[] = {"%d", "%i", "%u", "%o", "%x", "%X", "%3d", "%1i", "%2x", "%*d"};
  size_t i, f;
  for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
    for (f = 0; f < sizeof formats / sizeof formats[0]; f++) {
      int value = -7777, n = -1, r;
      char rest[32] = "?";
      char format[32];
      sprintf(format, "%s%%n%%s", formats[f]);
      if (strcmp(formats[f], "%*d") == 0) r = sscanf(inputs[i], format, &n, rest);
      else r = sscanf(inputs[i], format, &value, &n, rest);
      printf("sscanf(\"%s\", \"%s\") = %d value %d n %d rest \"%s\"\n", inputs[i], format, r, value, n, rest);
    }
}

static void sizes(void) {
  signed char hh = 0;
  short h = 0;
  long l = 0;
  long long ll = 0;
  unsigned long ul = 0;
  size_t z = 0;
  long j = 0;
  void *p = NULL;
  int r = sscanf("300 70000 -9223372036854775808 9223372036854775807 18446744073709551615 12345 -5 0x1234", "%hhd %hd %ld %lld %lu %zu %jd %p",
                 &hh, &h, &l, &ll, &ul, &z, &j, &p);
  printf("%d: %d %d %ld %lld %lu %zu %ld %p\n", r, hh, h, l, ll, ul, z, j, p);
  r = sscanf("255 377 ff", "%hhu %ho %lx", (unsigned char *)&hh, (unsigned short *)&h, &ul);
  printf("%d: %d %d %lu\n", r, (unsigned char)hh, (unsigned short)h, ul);
}

static void floats(void) {
  static const char *const inputs[] = {"3.25", "-1e10", "1e", "1ex", "1.5e+", ".5", "5.", ".", "+", "-.e1", "inf",
                                       "-Infinity", "infinx", "nan", "nanx", "0x1.8p1", "0x1p", "1e400", "1e-400",
                                       "100ergs", "  \t 2.5", "0.1 0.2", "123456789012345678901234567890e-10", "1.5e-3x"};
  size_t i;
  for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
    double d = -7.0;
    float f = -7.0f;
    int n = -1, r1, r2;
    char rest[32] = "?";
    r1 = sscanf(inputs[i], "%lf%n%s", &d, &n, rest);
    printf("\"%s\" %%lf = %d %.17g n %d rest \"%s\"", inputs[i], r1, d, n, rest);
    strcpy(rest, "?");
    r2 = sscanf(inputs[i], "%4f%s", &f, rest);
    printf(" | %%4f = %d %.9g rest \"%s\"\n", r2, (double)f, rest);
  }
  {
    double a = 0, b = 0, c = 0;
    float e = 0, g = 0;
    int r = sscanf("1.5 2.5e2 -3 4 5", "%lf %le %lg %e %g", &a, &b, &c, &e, &g);
    printf("%d %g %g %g %g %g\n", r, a, b, c, (double)e, (double)g);
    r = sscanf("7.5", "%Lf", (long double *)&a);
    printf("%d\n", r);
  }
}

static void strings(void) {
  char a[32], b[32], c[32];
  int r, n = -1;
  memset(a, 'X', sizeof a);
  memset(b, 'X', sizeof b);
  r = sscanf("hello world", "%s %s", a, b);
  printf("%d [%s] [%s]\n", r, a, b);
  r = sscanf("  hello", "%3s%s", a, b);
  printf("%d [%s] [%s]\n", r, a, b);
  memset(a, 0, sizeof a);
  r = sscanf("abcdef", "%4c%n", a, &n);
  printf("%d [%s] %d\n", r, a, n);
  memset(a, 0, sizeof a);
  r = sscanf("ab", "%5c", a);
  printf("%d [%s]\n", r, a);
  r = sscanf(" x", "%c", a);
  printf("%d [%c]\n", r, a[0]);
  r = sscanf(" x", " %c", a);
  printf("%d [%c]\n", r, a[0]);
  r = sscanf("abc123def", "%[a-z]%[0-9]%s", a, b, c);
  printf("%d [%s] [%s] [%s]\n", r, a, b, c);
  r = sscanf("abc", "%[^]a]%s", a, b);
  printf("%d\n", r);
  r = sscanf("]abc", "%[]a-c]", a);
  printf("%d [%s]\n", r, a);
  r = sscanf("a-c x", "%[a-]%s", a, b);
  printf("%d [%s] [%s]\n", r, a, b);
  r = sscanf("key=value;rest", "%[^=]=%[^;];%s", a, b, c);
  printf("%d [%s] [%s] [%s]\n", r, a, b, c);
  r = sscanf("aaaa", "%2[a]%s", a, b);
  printf("%d [%s] [%s]\n", r, a, b);
  r = sscanf("", "%[a]", a);
  printf("%d\n", r);
  r = sscanf("b", "%[a]", a);
  printf("%d\n", r);
  r = sscanf("skip these words: 42", "%*s %*s %*s %d", &n);
  printf("%d %d\n", r, n);
}

static void literals_and_counts(void) {
  int a = -1, b = -1, n = -1, r;
  r = sscanf("12 % 5", "%d %% %d", &a, &b);
  printf("%d %d %d\n", r, a, b);
  r = sscanf("12%5", "%d%%%d", &a, &b);
  printf("%d %d %d\n", r, a, b);
  r = sscanf("(1,2)", "(%d,%d)", &a, &b);
  printf("%d %d %d\n", r, a, b);
  r = sscanf("(1;2)", "(%d,%d)", &a, &b);
  printf("%d %d\n", r, a);
  r = sscanf("x", "x%d", &a);
  printf("%d\n", r);
  r = sscanf("", "abc");
  printf("%d\n", r);
  r = sscanf("", "%n", &n);
  printf("%d %d\n", r, n);
  r = sscanf("  x", " %n", &n);
  printf("%d %d\n", r, n);
  r = sscanf("5", "%*d%d", &a);
  printf("%d\n", r);
  r = sscanf("12345", "%3d%d", &a, &b);
  printf("%d %d %d\n", r, a, b);
  r = sscanf("1\n2\t\v3", "%d%d%d", &a, &b, &n);
  printf("%d %d %d %d\n", r, a, b, n);
  r = sscanf("abc", "ab%n", &n);
  printf("%d %d\n", r, n);
}

static void standard_input(void) {
  int count, total = 0, value, r;
  char word[64];
  double x;
  r = scanf("%d", &count);
  printf("scanf count: %d %d\n", r, count);
  while (count-- > 0 && scanf("%d", &value) == 1) total += value;
  printf("total %d\n", total);
  r = scanf("%63s %lf", word, &x);
  printf("%d [%s] %g\n", r, word, x);
  r = scanf(" %[^\n]", word);
  printf("%d [%s]\n", r, word);
  r = scanf("%d", &value);
  printf("%d\n", r);
  r = scanf("%s", word);
  printf("%d [%s]\n", r, word);
  r = scanf("%d", &value);
  printf("at end: %d\n", r);
}

int main(void) {
  integers();
  sizes();
  floats();
  strings();
  literals_and_counts();
  standard_input();
  return 0;
}
