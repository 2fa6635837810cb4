/* math_basic.c: the math functions whose result is exact or exactly rounded by construction: absolute */
/* value, sign, rounding to integers, fmod/remainder (integer long division on the mantissas), scaling, */
/* splitting, neighbours, minimum and maximum, sqrt (digit by digit), and the errno helpers. */
#include <errno.h>
#include <limits.h>
#include <math.h>

#include "libc.h"

#define SIGN_BIT 0x8000000000000000UL
#define FRACTION_BITS 0xfffffffffffffUL

double __libc_domain_error(void) {
  errno = EDOM;
  return __libc_bits_double(0x7ff8000000000000UL);
}

double __libc_range_error(double value) {
  errno = ERANGE;
  return value;
}

static int biased_exponent(double x) { return (int)((__libc_double_bits(x) >> 52) & 0x7ff); }

double fabs(double x) { return __libc_bits_double(__libc_double_bits(x) & ~SIGN_BIT); }

double copysign(double x, double y) {
  return __libc_bits_double((__libc_double_bits(x) & ~SIGN_BIT) | (__libc_double_bits(y) & SIGN_BIT));
}

double trunc(double x) {
  int exponent = biased_exponent(x) - 1023;
  unsigned long bits = __libc_double_bits(x);
  if (exponent >= 52) return x;
  if (exponent < 0) return __libc_bits_double(bits & SIGN_BIT);
  return __libc_bits_double(bits & ~(FRACTION_BITS >> exponent));
}

double floor(double x) {
  double t = trunc(x);
  return x < 0.0 && t != x ? t - 1.0 : t;
}

double ceil(double x) {
  double t = trunc(x);
  return x > 0.0 && t != x ? t + 1.0 : t;
}

double round(double x) {
  double t = trunc(x);
  double fraction = fabs(x - t); /* exact: the low bits of x */
  if (fraction >= 0.5) return x < 0.0 ? t - 1.0 : t + 1.0;
  return t;
}

/* Round to nearest, ties to even: the only rounding mode there is. */
double rint(double x) {
  double t = trunc(x), fraction;
  if (biased_exponent(x) - 1023 >= 52) return x;
  fraction = fabs(x - t);
  if (fraction > 0.5 || (fraction == 0.5 && ((long)t & 1) != 0)) return x < 0.0 ? t - 1.0 : t + 1.0;
  return t;
}

double nearbyint(double x) { return rint(x); }
long lrint(double x) { return (long)rint(x); }
long long llrint(double x) { return (long long)rint(x); }
long lround(double x) { return (long)round(x); }
long long llround(double x) { return (long long)round(x); }

double modf(double x, double *integral) {
  double t = trunc(x);
  *integral = t;
  if (isinf(x)) return copysign(0.0, x);
  if (isnan(x)) return x;
  return copysign(x - t, x);
}

double frexp(double x, int *exponent) {
  unsigned long bits = __libc_double_bits(x);
  int biased = biased_exponent(x);
  if (biased == 0x7ff || x == 0.0) {
    *exponent = 0;
    return x;
  }
  if (biased == 0) {
    /* Subnormal: scale into the normal range first. */
    x *= 18446744073709551616.0; /* 2^64 */
    bits = __libc_double_bits(x);
    biased = biased_exponent(x) - 64;
  }
  *exponent = biased - 1022;
  return __libc_bits_double((bits & ~(0x7ffUL << 52)) | (1022UL << 52));
}

/* 2^n for n in [-1022, 1023]. */
static double power_of_two(int n) { return __libc_bits_double((unsigned long)(n + 1023) << 52); }

double scalbn(double x, int n) {
  double y = x;
  if (n > 1023) {
    y *= power_of_two(1023);
    n -= 1023;
    if (n > 1023) {
      y *= power_of_two(1023);
      n -= 1023;
      if (n > 1023) n = 1023;
    }
  } else if (n < -1022) {
    /* Scale by 2^-969 while the result stays normal, so that the last step rounds only once. */
    y *= power_of_two(-969);
    n += 969;
    if (n < -1022) {
      y *= power_of_two(-969);
      n += 969;
      if (n < -1022) n = -1022;
    }
  }
  y *= power_of_two(n);
  if (x != 0.0 && isfinite(x) && (y == 0.0 || isinf(y))) errno = ERANGE;
  return y;
}

double scalbln(double x, long n) {
  if (n > INT_MAX) n = INT_MAX;
  if (n < INT_MIN) n = INT_MIN;
  return scalbn(x, (int)n);
}

double ldexp(double x, int n) { return scalbn(x, n); }

int ilogb(double x) {
  int biased = biased_exponent(x);
  if (biased == 0x7ff) return isnan(x) ? FP_ILOGBNAN : INT_MAX;
  if (biased == 0) {
    unsigned long fraction = __libc_double_bits(x) & FRACTION_BITS;
    int exponent = -1023;
    if (fraction == 0) return FP_ILOGB0;
    while ((fraction & (1UL << 52)) == 0) {
      fraction <<= 1;
      exponent--;
    }
    return exponent + 1;
  }
  return biased - 1023;
}

double logb(double x) {
  if (x == 0.0) return __libc_range_error(-HUGE_VAL);
  if (isinf(x)) return HUGE_VAL;
  if (isnan(x)) return x;
  return (double)ilogb(x);
}

double nextafter(double x, double y) {
  unsigned long bits;
  double result;
  if (isnan(x) || isnan(y)) return x + y;
  if (x == y) return y;
  if (x == 0.0) {
    result = __libc_bits_double(1);
    return y > 0.0 ? result : -result;
  }
  bits = __libc_double_bits(x);
  if ((x < y) == (x > 0.0)) bits++;
  else bits--;
  result = __libc_bits_double(bits);
  if (isinf(result) || result == 0.0) errno = ERANGE;
  return result;
}

double nexttoward(double x, long double y) { return nextafter(x, (double)y); }

double fmin(double x, double y) {
  if (isnan(x)) return y;
  if (isnan(y)) return x;
  /* Equal values (+0 and -0) give the second, as glibc's does. */
  return x < y ? x : y;
}

double fmax(double x, double y) {
  if (isnan(x)) return y;
  if (isnan(y)) return x;
  return x > y ? x : y;
}

double fdim(double x, double y) {
  if (isnan(x) || isnan(y)) return x + y;
  return x > y ? x - y : 0.0;
}

double nan(const char *tag) {
  (void)tag;
  return __libc_bits_double(0x7ff8000000000000UL);
}

/* |x| = mantissa x 2^exponent with the mantissa's leading bit at 52 (finite, non-zero x). */
static unsigned long split(double x, int *exponent) {
  unsigned long fraction = __libc_double_bits(x) & FRACTION_BITS;
  int biased = biased_exponent(x);
  if (biased == 0) {
    *exponent = -1074;
    while ((fraction & (1UL << 52)) == 0) {
      fraction <<= 1;
      (*exponent)--;
    }
    return fraction;
  }
  *exponent = biased - 1075;
  return fraction | (1UL << 52);
}

/* mantissa x 2^exponent (mantissa below 2^54, the value representable exactly), with a sign. */
static double join(unsigned long mantissa, int exponent, int negative) {
  double value;
  if (mantissa == 0) return negative ? -0.0 : 0.0;
  while (mantissa >= (1UL << 53)) {
    mantissa >>= 1;
    exponent++;
  }
  while (mantissa < (1UL << 52) && exponent > -1074) {
    mantissa <<= 1;
    exponent--;
  }
  /* Below the subnormal exponent the low bits are zero (the value is a multiple of 2^-1074): shift them out. */
  while (exponent < -1074) {
    mantissa >>= 1;
    exponent++;
  }
  if (mantissa < (1UL << 52)) value = __libc_bits_double(mantissa); /* subnormal: exponent is -1074 */
  else value = __libc_bits_double(((unsigned long)(exponent + 1075) << 52) | (mantissa & FRACTION_BITS));
  return negative ? -value : value;
}

/* |x| = q |y| + r with 0 <= r < |y|, by shift-and-subtract on the mantissas: exact. Returns r's mantissa */
/* at y's exponent; the low bits of q go to *quotient. Both finite, y non-zero. */
static unsigned long divide(double x, double y, int *exponent, unsigned int *quotient) {
  int x_exponent, y_exponent;
  unsigned long mx = split(x, &x_exponent), my = split(y, &y_exponent);
  unsigned int q = 0;
  *exponent = y_exponent;
  if (x_exponent < y_exponent || (x_exponent == y_exponent && mx < my)) {
    *quotient = 0;
    *exponent = x_exponent;
    return mx;
  }
  for (; x_exponent > y_exponent; x_exponent--) {
    if (mx >= my) {
      mx -= my;
      q++;
    }
    mx <<= 1;
    q <<= 1;
  }
  if (mx >= my) {
    mx -= my;
    q++;
  }
  *quotient = q;
  return mx;
}

double fmod(double x, double y) {
  int exponent;
  unsigned int quotient;
  unsigned long r;
  if (isnan(x) || isnan(y)) return x + y;
  if (isinf(x) || y == 0.0) return __libc_domain_error();
  if (isinf(y) || x == 0.0) return x;
  r = divide(x, y, &exponent, &quotient);
  return join(r, exponent, signbit(x));
}

double remquo(double x, double y, int *quotient_bits) {
  int exponent, y_exponent, negative = signbit(x) != 0, up;
  int quotient_negative = negative != (signbit(y) != 0);
  unsigned int quotient;
  unsigned long r, my;
  *quotient_bits = 0;
  if (isnan(x) || isnan(y)) return x + y;
  if (isinf(x) || y == 0.0) return __libc_domain_error();
  if (isinf(y) || x == 0.0) return x;
  r = divide(x, y, &exponent, &quotient);
  my = split(y, &y_exponent);
  /* Round the quotient to nearest, ties to even, by comparing r with |y| / 2 in integers. */
  if (exponent == y_exponent) {
    up = 2 * r > my || (2 * r == my && (quotient & 1) != 0);
    if (up) r = my - r;
  } else {
    /* |x| < |y| and q = 0: |x| can exceed |y| / 2 only when its exponent is one below. */
    up = exponent == y_exponent - 1 && r > my;
    if (up) r = 2 * my - r; /* |y| - |x|, at x's exponent */
  }
  /* Like glibc: the truncated quotient's low three bits, plus one when it rounds up (so 8 can appear). */
  *quotient_bits = (int)(quotient & 7) + up;
  if (up) negative = !negative;
  if (quotient_negative) *quotient_bits = -*quotient_bits;
  return join(r, exponent, negative);
}

double remainder(double x, double y) {
  int quotient;
  return remquo(x, y, &quotient);
}

#ifndef __tessera__
/* The VP has a square root instruction: sys.s defines sqrt with it, and this one is for native builds. */

/* Digit-by-digit integer square root of m x 2^56 (m below 2^54): 55 bits and whether it was exact. */
double sqrt(double x) {
  int exponent, pair;
  unsigned long m, q = 0, remainder_bits = 0;
  if (isnan(x)) return x;
  if (x == 0.0) return x;
  if (x < 0.0) return __libc_domain_error();
  if (isinf(x)) return x;
  m = split(x, &exponent);
  if ((exponent & 1) != 0) {
    m <<= 1;
    exponent--;
  }
  /* sqrt(m 2^e) = sqrt(m 2^56) 2^((e - 56) / 2); m 2^56 has at most 110 bits, taken two at a time. */
  for (pair = 54; pair >= 0; pair--) {
    int shift = 2 * pair - 56;
    unsigned long next = shift >= 0 ? (m >> shift) & 3 : 0;
    unsigned long trial;
    remainder_bits = (remainder_bits << 2) | next;
    trial = (q << 2) | 1;
    if (remainder_bits >= trial) {
      remainder_bits -= trial;
      q = (q << 1) | 1;
    } else {
      q <<= 1;
    }
  }
  exponent = (exponent - 56) / 2;
  /* q has 54 or 55 bits: round to 53 (a square root is never exactly halfway). */
  {
    int drop = q >= (1UL << 54) ? 2 : 1;
    unsigned long half = 1UL << (drop - 1);
    unsigned long rest = q & ((half << 1) - 1);
    q >>= drop;
    exponent += drop;
    if (rest > half || (rest == half && (remainder_bits != 0 || (q & 1) != 0))) q++;
  }
  return join(q, exponent, 0);
}
#endif
