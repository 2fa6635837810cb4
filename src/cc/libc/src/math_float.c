/* math_float.c: the float (f) and long double (l) forms of the math functions. long double is double */
/* for our compiler; a float result computed in double and rounded once is within an ulp of the exact */
/* one, and exact for the functions that are exact in double (sqrt among them: double has room enough). */
#include <math.h>
#include <string.h>

#include "libc.h"

#define UNARY(name)                                                  \
  float name##f(float x) { return (float)name((double)x); }         \
  long double name##l(long double x) { return name((double)x); }

#define BINARY(name)                                                                                  \
  float name##f(float x, float y) { return (float)name((double)x, (double)y); }                      \
  long double name##l(long double x, long double y) { return name((double)x, (double)y); }

UNARY(acos)
UNARY(asin)
UNARY(atan)
UNARY(cos)
UNARY(sin)
UNARY(tan)
UNARY(acosh)
UNARY(asinh)
UNARY(atanh)
UNARY(cosh)
UNARY(sinh)
UNARY(tanh)
UNARY(exp)
UNARY(exp2)
UNARY(expm1)
UNARY(log)
UNARY(log10)
UNARY(log1p)
UNARY(log2)
UNARY(logb)
UNARY(cbrt)
UNARY(fabs)
UNARY(sqrt)
UNARY(erf)
UNARY(erfc)
UNARY(lgamma)
UNARY(tgamma)
UNARY(ceil)
UNARY(floor)
UNARY(nearbyint)
UNARY(rint)
UNARY(round)
UNARY(trunc)

BINARY(atan2)
BINARY(pow)
BINARY(fmod)
BINARY(hypot)
BINARY(copysign)
BINARY(fdim)
BINARY(fmax)
BINARY(fmin)
BINARY(remainder)

float fmaf(float x, float y, float z) { return (float)__libc_fma(x, y, z, 24); }
long double fmal(long double x, long double y, long double z) { return fma((double)x, (double)y, (double)z); }

float frexpf(float x, int *exponent) { return (float)frexp(x, exponent); }
long double frexpl(long double x, int *exponent) { return frexp((double)x, exponent); }

float ldexpf(float x, int exponent) { return (float)ldexp(x, exponent); }
long double ldexpl(long double x, int exponent) { return ldexp((double)x, exponent); }

float scalbnf(float x, int exponent) { return (float)scalbn(x, exponent); }
long double scalbnl(long double x, int exponent) { return scalbn((double)x, exponent); }

float scalblnf(float x, long exponent) { return (float)scalbln(x, exponent); }
long double scalblnl(long double x, long exponent) { return scalbln((double)x, exponent); }

int ilogbf(float x) { return ilogb(x); }
int ilogbl(long double x) { return ilogb((double)x); }

float modff(float x, float *integral) {
  double whole;
  double fraction = modf(x, &whole);
  *integral = (float)whole;
  return (float)fraction;
}

long double modfl(long double x, long double *integral) {
  double whole;
  double fraction = modf((double)x, &whole);
  *integral = whole;
  return fraction;
}

float nanf(const char *tag) { return (float)nan(tag); }
long double nanl(const char *tag) { return nan(tag); }

/* The neighbour of a float is a float question: step its own bits. */
float nextafterf(float x, float y) {
  unsigned int bits;
  float result;
  if (isnan(x) || isnan(y)) return x + y;
  if (x == y) return y;
  if (x == 0.0f) {
    bits = 1;
    memcpy(&result, &bits, sizeof result);
    return y > 0.0f ? result : -result;
  }
  memcpy(&bits, &x, sizeof bits);
  if ((x < y) == (x > 0.0f)) bits++;
  else bits--;
  memcpy(&result, &bits, sizeof result);
  return result;
}

float nexttowardf(float x, long double y) {
  double target = (double)y;
  if (isnan(target)) return (float)target;
  if ((double)x == target) return (float)target;
  return nextafterf(x, (double)x < target ? HUGE_VALF : -HUGE_VALF);
}

long double nextafterl(long double x, long double y) { return nextafter((double)x, (double)y); }
long double nexttowardl(long double x, long double y) { return nextafter((double)x, (double)y); }

float remquof(float x, float y, int *quotient) { return (float)remquo(x, y, quotient); }
long double remquol(long double x, long double y, int *quotient) { return remquo((double)x, (double)y, quotient); }

long lrintf(float x) { return lrint(x); }
long lrintl(long double x) { return lrint((double)x); }
long long llrintf(float x) { return llrint(x); }
long long llrintl(long double x) { return llrint((double)x); }
long lroundf(float x) { return lround(x); }
long lroundl(long double x) { return lround((double)x); }
long long llroundf(float x) { return llround(x); }
long long llroundl(long double x) { return llround((double)x); }
