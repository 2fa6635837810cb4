/* strtod, atof, atoi, atol: decimal and exponent forms, inf and nan words, hex floats, end pointers. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static void show(const char *s) {
  char *end;
  double v = strtod(s, &end);
  if (isnan(v)) printf("strtod(\"%s\") = nan, rest \"%s\"\n", s, end);
  else printf("strtod(\"%s\") = %.17g, rest \"%s\"\n", s, v, end);
}

int main(void) {
  show("3.14159");
  show("  -2.5e3xyz");
  show("1e-5");
  show(".5");
  show("5.");
  show("1e");
  show("1e+");
  show("-0");
  show("inf");
  show("-Infinity");
  show("nan");
  show("0x1p4");
  show("0x1.8p-1");
  show("1.7976931348623157e308");
  show("4.9406564584124654e-324");
  show("0.1");
  show("123456789012345678901234567890");
  show("2.2250738585072011e-308");
  show("abc");
  show("");
  printf("%d %d %d %d\n", atoi("42"), atoi("  -17xyz"), atoi("abc"), atoi("+0"));
  printf("%ld %lld\n", atol("-1234567890123"), atoll("9000000000000000000"));
  printf("%g %g\n", atof("2.5"), atof("-1e3"));
  float f = strtof("0.1", NULL);
  printf("%.9g\n", f);
  return 0;
}
