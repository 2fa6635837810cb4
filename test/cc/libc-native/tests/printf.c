/* printf.c: printf, sprintf and snprintf against glibc: every conversion under combinations of flags, */
/* widths and precisions, length modifiers, special and random doubles, truncation, %n and return values. */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const char *const flag_sets[] = {"", "-", "+", " ", "#", "0", "-+", "+0", " 0", "#0", "-#", "+ ", "-0", "#+0"};
static const char *const widths[] = {"", "1", "6", "13", "26"};
static const char *const precisions[] = {"", ".", ".0", ".1", ".3", ".8", ".17", ".25"};

#define COUNT(array) (sizeof(array) / sizeof(array[0]))

static char format[64];

static void make_format(const char *flags, const char *width, const char *precision, const char *length,
                        const char *conversion) {
  sprintf(format, "[%%%s%s%s%s%s]", flags, width, precision, length, conversion);
}

static unsigned long long random_state = 0x9e3779b97f4a7c15ULL;

static unsigned long long next_random(void) {
  random_state ^= random_state << 13;
  random_state ^= random_state >> 7;
  random_state ^= random_state << 17;
  return random_state;
}

static double random_double(void) {
  for (;;) {
    unsigned long long bits = next_random();
    double x;
    memcpy(&x, &bits, sizeof x);
    if (!isnan(x) && !isinf(x)) return x;
  }
}

static void integers(void) {
  static const int values[] = {0, 1, -1, 7, 42, -42, 255, 1000, INT_MAX, INT_MIN, 123456789};
  static const char *const conversions[] = {"d", "i", "u", "o", "x", "X"};
  size_t f, w, p, c, v;
  for (c = 0; c < COUNT(conversions); c++)
    for (f = 0; f < COUNT(flag_sets); f++)
      for (w = 0; w < COUNT(widths); w++)
        for (p = 0; p < COUNT(precisions); p++) {
          make_format(flag_sets[f], widths[w], precisions[p], "", conversions[c]);
          printf("%s ", format);
          for (v = 0; v < COUNT(values); v++) printf(format, values[v]);
          printf("\n");
        }
}

static void length_modifiers(void) {
  static const char *const conversions[] = {"d", "u", "x", "o", "i", "X"};
  size_t c;
  for (c = 0; c < COUNT(conversions); c++) {
    const char *conversion = conversions[c];
    sprintf(format, "%%hh%s %%hh%s %%hh%s %%hh%s\n", conversion, conversion, conversion, conversion);
    printf(format, 300, -129, 255, 128);
    sprintf(format, "%%h%s %%h%s %%h%s %%h%s\n", conversion, conversion, conversion, conversion);
    printf(format, 70000, -32769, 65535, 32768);
    sprintf(format, "%%l%s %%l%s %%l%s %%l%s\n", conversion, conversion, conversion, conversion);
    printf(format, LONG_MAX, LONG_MIN, -1L, 1L << 40);
    sprintf(format, "%%ll%s %%ll%s %%ll%s\n", conversion, conversion, conversion);
    printf(format, LLONG_MAX, LLONG_MIN, -1LL);
    sprintf(format, "%%j%s %%j%s %%z%s %%z%s %%t%s %%t%s\n", conversion, conversion, conversion, conversion,
            conversion, conversion);
    printf(format, INTMAX_MAX, INTMAX_MIN, (size_t)-1, (size_t)12345, (ptrdiff_t)-5, PTRDIFF_MAX);
  }
  printf("%lu %llu %zu %zd %jd %ju %td\n", ULONG_MAX, ULLONG_MAX, SIZE_MAX, (ptrdiff_t)-7, INTMAX_MIN, UINTMAX_MAX,
         PTRDIFF_MIN);
  printf("%5hhd|%-5hd|%+ld|%#llx|%#jo|%zx\n", (signed char)-5, (short)-300, 5L, 255ULL, (intmax_t)8, (size_t)4096);
}

static void characters_and_strings(void) {
  static const char *const strings[] = {"", "a", "hello", "hello, world", "tabs\tand\nnewlines"};
  static const char *const string_precisions[] = {"", ".0", ".1", ".3", ".5", ".20"};
  static const char *const string_flags[] = {"", "-", "0", "-0", " ", "+", "#"};
  size_t f, w, p, s;
  for (f = 0; f < COUNT(string_flags); f++)
    for (w = 0; w < COUNT(widths); w++) {
      for (p = 0; p < COUNT(string_precisions); p++) {
        make_format(string_flags[f], widths[w], string_precisions[p], "", "s");
        printf("%s ", format);
        for (s = 0; s < COUNT(strings); s++) printf(format, strings[s]);
        printf(format, (char *)NULL);
        printf("\n");
      }
      make_format(string_flags[f], widths[w], "", "", "c");
      printf("%s ", format);
      printf(format, 'x');
      printf(format, 0x141);
      printf(format, ' ');
      printf("\n");
    }
  printf("%c%c%c|%5c|%-5c|%%|%5%|%-5%|\n", 'a', 'b', 'c', 'd', 'e');
  printf("[%.3s] [%.*s] [%*s] [%-*s] [%*.*s]\n", "abcdef", 2, "abcdef", 6, "ab", 6, "ab", 8, 3, "abcdef");
  printf("[%*d] [%-*d] [%*d] [%.*d] [%.*d] [%*.*f]\n", 5, 42, 5, 42, -5, 42, 4, 7, -1, 7, 10, 3, 3.14159);
  printf("[%s] [%10s] [%.0s] [%.5s] [%.6s]\n", (char *)NULL, (char *)NULL, (char *)NULL, (char *)NULL, (char *)NULL);
  {
    /* %lc takes a wint_t, an int-sized type: an int will do, without <wchar.h>. */
    static const wchar_t wide[] = {'w', 'i', 'd', 'e', 0};
    printf("[%ls] [%7ls] [%-7.2ls] [%.0ls] [%lc] [%3lc]\n", wide, wide, wide, wide, 'q', 'r');
  }
}

static void pointers(void) {
  static const char *const pointer_flags[] = {"", "-", "+", " ", "#", "0", "-0"};
  static const char *const pointer_precisions[] = {"", ".0", ".3", ".10", ".20"};
  void *values[3];
  size_t f, w, p, v;
  values[0] = NULL;
  values[1] = (void *)0x1234;
  values[2] = (void *)(uintptr_t)0xfedcba9876543210ULL;
  for (f = 0; f < COUNT(pointer_flags); f++)
    for (w = 0; w < COUNT(widths); w++)
      for (p = 0; p < COUNT(pointer_precisions); p++) {
        make_format(pointer_flags[f], widths[w], pointer_precisions[p], "", "p");
        printf("%s ", format);
        for (v = 0; v < 3; v++) printf(format, values[v]);
        printf("\n");
      }
}

static const double special_doubles[] = {
    0.0,  -0.0, 1.0,   -1.0,   0.5,    1.5,    2.5,     3.5,      0.1,      0.125,  0.375,  1e23,      1e22,
    1e21, 1e-5, 1e-7,  123.456, 1e100, 1e-100, 9.5,     0.05,     0.95,     99.99,  999999.5, 1e15,    1e16,
    1e17, 9007199254740993.0, 123456789.0, 0.3, 2.0 / 3.0, 5e-324, 2.2250738585072009e-308,
    2.2250738585072014e-308, 1.7976931348623157e308, 2.220446049250313e-16, 3.141592653589793, 1e-310,
    4.35, 0.0005, 0.00049999999999999999, 1234567.0, 0.999999999, 9.9999999999, 5.5, 6.5, 1e300, 1e-300};

/* A quiet NaN with the given sign. NAN itself has no dependable sign natively: gcc computes 0.0f / 0.0f */
/* at run time, and x86 makes that NaN negative (the VM and constant folding make it positive). */
static double quiet_nan(int negative) {
  unsigned long long bits = negative ? 0xfff8000000000000ULL : 0x7ff8000000000000ULL;
  double x;
  memcpy(&x, &bits, sizeof x);
  return x;
}

static void doubles(void) {
  static const char *const conversions[] = {"f", "F", "e", "E", "g", "G", "a", "A"};
  static const char *const double_precisions[] = {"", ".", ".0", ".1", ".2", ".3", ".6", ".10", ".13", ".17", ".20", ".30", ".40"};
  static const char *const double_flags[] = {"", "-", "+", " ", "#", "0", "+0", "-#", "# 0", "-+"};
  static const char *const double_widths[] = {"", "8", "30"};
  size_t f, w, p, c, v;
  for (c = 0; c < COUNT(conversions); c++)
    for (f = 0; f < COUNT(double_flags); f++)
      for (w = 0; w < COUNT(double_widths); w++)
        for (p = 0; p < COUNT(double_precisions); p++) {
          make_format(double_flags[f], double_widths[w], double_precisions[p], "", conversions[c]);
          printf("%s ", format);
          for (v = 0; v < COUNT(special_doubles); v++) {
            printf(format, special_doubles[v]);
            printf(format, -special_doubles[v]);
          }
          printf(format, HUGE_VAL);
          printf(format, -HUGE_VAL);
          printf(format, quiet_nan(0));
          printf(format, quiet_nan(1));
          printf("\n");
        }
  /* Large precisions: the exact binary value shows. */
  for (v = 0; v < COUNT(special_doubles); v++) {
    double x = special_doubles[v];
    printf("%.60e|%.80f|%.50g|%.0f|%#.0e|%#g|%#.0f\n", x, x, x, x, x, x, x);
  }
  printf("%.1074f\n%.1100e\n%.800g\n", 5e-324, 5e-324, 2.2250738585072014e-308);
  printf("%f\n%.0f\n%e\n", 1.7976931348623157e308, -1.7976931348623157e308, 1.7976931348623157e308);
  /* %La is left out: glibc prints the 80-bit long double of x86 in its own hexadecimal layout. */
  printf("%Lf %Le %Lg %LG\n", (long double)1.5, (long double)-2.25e10, (long double)1e-5, (long double)0.1);
}

static void random_doubles(void) {
  int i;
  for (i = 0; i < 20000; i++) {
    double x = random_double();
    printf("%.17g %.16e %.0e %a %g %.3g\n", x, x, x, x, x, x);
    if (fabs(x) < 1e40 && fabs(x) > 1e-40) printf("%f %.20f %.1f %10.4f\n", x, x, x, x);
  }
  for (i = 0; i < 5000; i++) {
    /* Numbers with few digits, where ties in decimal rounding are likeliest. */
    double numerator = (double)(long)(next_random() % 2000001 - 1000000);
    double x = numerator / (double)(1 << (next_random() % 12));
    printf("%.0f %.1f %.2f %.3f %.0e %.1e %.2e %g %.1g %.2g\n", x, x, x, x, x, x, x, x, x, x);
  }
}

static void truncation_and_counts(void) {
  char buffer[32];
  int sizes[] = {0, 1, 2, 5, 10, 11, 12, 31, 32};
  size_t i;
  int n1 = -1, n2 = -1, n3 = -1;
  signed char hh = 0;
  short h = 0;
  long l = 0;
  long long ll = 0;
  size_t z = 0;
  for (i = 0; i < COUNT(sizes); i++) {
    int result;
    memset(buffer, '#', sizeof buffer);
    result = snprintf(buffer, (size_t)sizes[i], "hello %d world %s", 12345, "abc");
    buffer[31] = '\0';
    printf("snprintf(%d) = %d [%s]\n", sizes[i], result, buffer);
  }
  printf("snprintf(NULL, 0) = %d\n", snprintf(NULL, 0, "%d %s %f", 42, "xyz", 3.25));
  printf("sprintf = %d\n", sprintf(buffer, "%5.2f|%x", 2.345, 255));
  printf("[%s]\n", buffer);
  printf("abc%n def%n %d%n\n", &n1, &n2, 77, &n3);
  printf("%d %d %d\n", n1, n2, n3);
  printf("12345%hhn%hn%ln%lln%zn|\n", &hh, &h, &l, &ll, &z);
  printf("%d %d %ld %lld %zu\n", hh, h, l, ll, z);
  n1 = printf("return value %s %d\n", "of printf", -1);
  printf("%d\n", n1);
  printf("unknown: [%y] [%5y] [%-3k]\n");
  printf("trailing percent: %");
  printf("\n");
}

int main(void) {
  integers();
  length_modifiers();
  characters_and_strings();
  pointers();
  doubles();
  random_doubles();
  truncation_and_counts();
  return 0;
}
