/* math_log.c: log, log2, log10 and log1p, after fdlibm: x = 2^k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2), */
/* log(1 + f) from s = f / (2 + f) and a polynomial in s^2; log2 and log10 carry f - f^2/2 in two */
/* pieces so that the change of base adds no error worth an ulp. */
/*
 * The algorithms and coefficients follow fdlibm:
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this software is freely granted, provided that this
 * notice is preserved.
 */
#include <math.h>

#include "libc.h"

#define HIGH __LIBC_HIGH_WORD
#define LOW __LIBC_LOW_WORD

static const double ln2_high = 6.93147180369123816490e-01; /* 0x3fe62e42, 0xfee00000 */
static const double ln2_low = 1.90821492927058770002e-10;  /* 0x3dea39ef, 0x35793c76 */
static const double two54 = 1.80143985094819840000e+16;

/* Remez coefficients of (log(1 + s) - log(1 - s) - 2s) / s on [0, 0.1716], in powers of s^2. */
static const double Lg1 = 6.666666666666735130e-01;
static const double Lg2 = 3.999999999940941908e-01;
static const double Lg3 = 2.857142874366239149e-01;
static const double Lg4 = 2.222219843214978396e-01;
static const double Lg5 = 1.818357216161805012e-01;
static const double Lg6 = 1.531383769920937332e-01;
static const double Lg7 = 1.479819860511658591e-01;

/* The special cases shared by every logarithm of x <= 0, inf or NaN; 0 if x is an ordinary positive. */
static int special_log(double x, double *result) {
  if (isnan(x)) {
    *result = x;
    return 1;
  }
  if (x == 0.0) {
    *result = __libc_range_error(-HUGE_VAL);
    return 1;
  }
  if (x < 0.0) {
    *result = __libc_domain_error();
    return 1;
  }
  if (isinf(x)) {
    *result = x;
    return 1;
  }
  return 0;
}

/* Splits x (positive, finite) as 2^k (1 + f); returns k and sets *f, *hx (the high word of 1 + f's fraction). */
static int reduce(double x, double *f, int *fraction_high) {
  int k = 0, hx = HIGH(x), i;
  if (hx < 0x00100000) { /* subnormal */
    k -= 54;
    x *= two54;
    hx = HIGH(x);
  }
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  i = (hx + 0x95f64) & 0x100000;
  x = __LIBC_FROM_WORDS(hx | (i ^ 0x3ff00000), LOW(x)); /* x or x / 2, near 1 */
  k += i >> 20;
  *f = x - 1.0;
  *fraction_high = hx;
  return k;
}

/* s (f^2 / 2 + R(s^2)) with s = f / (2 + f): log(1 + f) = f - f^2/2 + this. */
static double log1p_kernel(double f) {
  double s = f / (2.0 + f);
  double z = s * s;
  double w = z * z;
  double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  double half_f_squared = 0.5 * f * f;
  return s * (half_f_squared + t2 + t1);
}

double log(double x) {
  double f, s, z, w, R, t1, t2, dk, half_f_squared, result;
  int k, hx, i, j;
  if (special_log(x, &result)) return result;
  k = reduce(x, &f, &hx);
  if ((0x000fffff & (2 + hx)) < 3) { /* |f| < 2^-20 */
    if (f == 0.0) {
      if (k == 0) return 0.0;
      dk = (double)k;
      return dk * ln2_high + dk * ln2_low;
    }
    R = f * f * (0.5 - 0.33333333333333333 * f);
    if (k == 0) return f - R;
    dk = (double)k;
    return dk * ln2_high - ((R - dk * ln2_low) - f);
  }
  s = f / (2.0 + f);
  dk = (double)k;
  z = s * s;
  i = hx - 0x6147a;
  w = z * z;
  j = 0x6b851 - hx;
  t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  i |= j;
  R = t2 + t1;
  if (i > 0) {
    half_f_squared = 0.5 * f * f;
    if (k == 0) return f - (half_f_squared - s * (half_f_squared + R));
    return dk * ln2_high - ((half_f_squared - (s * (half_f_squared + R) + dk * ln2_low)) - f);
  }
  if (k == 0) return f - s * (f - R);
  return dk * ln2_high - ((s * (f - R) - dk * ln2_low) - f);
}

/* f - f^2/2 + log1p_kernel(f) as high + low, high with its low word zero (so products by it are exact). */
static void log1p_split(double f, double *high, double *low) {
  double half_f_squared = 0.5 * f * f;
  double r = log1p_kernel(f);
  *high = __LIBC_HIGH_PART(f - half_f_squared);
  *low = (f - *high) - half_f_squared + r;
}

double log2(double x) {
  static const double ivln2hi = 1.44269504072144627571e+00; /* 0x3ff71547, 0x65200000 */
  static const double ivln2lo = 1.67517131648865118353e-10; /* 0x3de705fc, 0x2eefa200 */
  double f, high, low, value_high, value_low, w, y, result;
  int k, hx;
  if (special_log(x, &result)) return result;
  if (x == 1.0) return 0.0;
  k = reduce(x, &f, &hx);
  y = (double)k;
  log1p_split(f, &high, &low);
  value_high = high * ivln2hi;
  value_low = (low + high) * ivln2lo + low * ivln2hi;
  /* Adding k needs extra precision too: near sqrt(2) the sum cancels heavily. */
  w = y + value_high;
  value_low += (y - w) + value_high;
  value_high = w;
  return value_low + value_high;
}

double log10(double x) {
  static const double ivln10hi = 4.34294481878168880939e-01;  /* 0x3fdbcb7b, 0x15200000 */
  static const double ivln10lo = 2.50829467116452752298e-11;  /* 0x3dbb9438, 0xca9aadd5 */
  static const double log10_2hi = 3.01029995663611771306e-01; /* 0x3fd34413, 0x509f6000 */
  static const double log10_2lo = 3.69423907715893078616e-13; /* 0x3d59fef3, 0x11f12b36 */
  double f, high, low, value_high, value_low, w, y, y2, result;
  int k, hx;
  if (special_log(x, &result)) return result;
  if (x == 1.0) return 0.0;
  k = reduce(x, &f, &hx);
  y = (double)k;
  log1p_split(f, &high, &low);
  value_high = high * ivln10hi;
  y2 = y * log10_2hi;
  value_low = y * log10_2lo + (low + high) * ivln10lo + low * ivln10hi;
  w = y2 + value_high;
  value_low += (y2 - w) + value_high;
  value_high = w;
  return value_low + value_high;
}

double log1p(double x) {
  double half_f_squared, f = 0.0, c = 0.0, s, z, R, u;
  int k, hx = HIGH(x), hu = 0, ax = hx & 0x7fffffff;

  k = 1;
  if (hx < 0x3fda827a) { /* 1 + x < sqrt(2)+ */
    if (ax >= 0x3ff00000) { /* x <= -1 */
      if (x == -1.0) return __libc_range_error(-HUGE_VAL);
      if (isnan(x)) return x;
      return __libc_domain_error();
    }
    if (ax < 0x3e200000) { /* |x| < 2^-29 */
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (int)0xbfd2bec4) { /* sqrt(2)/2- <= 1 + x < sqrt(2)+: f = x exactly */
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x;
  if (k != 0) {
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = HIGH(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); /* what rounding 1 + x lost */
      c /= u;
    } else {
      u = x;
      hu = HIGH(u);
      k = (hu >> 20) - 1023;
      c = 0.0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) { /* u < sqrt(2) */
      u = __LIBC_FROM_WORDS(hu | 0x3ff00000, LOW(u));
    } else {
      k += 1;
      u = __LIBC_FROM_WORDS(hu | 0x3fe00000, LOW(u));
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  half_f_squared = 0.5 * f * f;
  if (hu == 0) { /* |f| < 2^-20 */
    if (f == 0.0) {
      if (k == 0) return 0.0;
      c += k * ln2_low;
      return k * ln2_high + c;
    }
    R = half_f_squared * (1.0 - 0.66666666666666666 * f);
    if (k == 0) return f - R;
    return k * ln2_high - ((R - (k * ln2_low + c)) - f);
  }
  s = f / (2.0 + f);
  z = s * s;
  R = z * (Lg1 + z * (Lg2 + z * (Lg3 + z * (Lg4 + z * (Lg5 + z * (Lg6 + z * Lg7))))));
  if (k == 0) return f - (half_f_squared - s * (half_f_squared + R));
  return k * ln2_high - ((half_f_squared - (s * (half_f_squared + R) + (k * ln2_low + c))) - f);
}
