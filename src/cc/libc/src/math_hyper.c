/* math_hyper.c: sinh, cosh, tanh and their inverses, from expm1, exp, log and log1p by the identities */
/* fdlibm uses for each range (for instance sinh x = (E + E / (E + 1)) / 2 with E = expm1 |x|). */
/*
 * The algorithms follow fdlibm:
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this software is freely granted, provided that this
 * notice is preserved.
 */
#include <math.h>

#include "libc.h"

#define HIGH __LIBC_HIGH_WORD

static const double ln2 = 6.93147180559945286227e-01;

double sinh(double x) {
  double t, h = signbit(x) ? -0.5 : 0.5;
  int ix = HIGH(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  if (ix < 0x40360000) { /* |x| < 22 */
    if (ix < 0x3e300000) return x;
    t = expm1(fabs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(fabs(x)); /* |x| < log(DBL_MAX) */
  if (ix <= 0x408633ce) return 2.0 * h * __libc_exp_scaled(fabs(x), -1);
  return __libc_range_error(x > 0.0 ? HUGE_VAL : -HUGE_VAL);
}

double cosh(double x) {
  double t, w;
  int ix = HIGH(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x * x;
  if (ix < 0x3fd62e43) { /* |x| < ln2 / 2: 1 + expm1(|x|)^2 / (2 exp(|x|)) */
    t = expm1(fabs(x));
    w = 1.0 + t;
    if (ix < 0x3c800000) return w;
    return 1.0 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) { /* |x| < 22 */
    t = exp(fabs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(fabs(x));
  if (ix <= 0x408633ce) return __libc_exp_scaled(fabs(x), -1);
  return __libc_range_error(HUGE_VAL);
}

double tanh(double x) {
  double t, z;
  int jx = HIGH(x), ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (isnan(x)) return x + x;
    return jx >= 0 ? 1.0 : -1.0;
  }
  if (ix < 0x40360000) { /* |x| < 22 */
    if (ix < 0x3e300000) return x;
    if (ix >= 0x3ff00000) { /* |x| >= 1 */
      t = expm1(2.0 * fabs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      t = expm1(-2.0 * fabs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0;
  }
  return jx >= 0 ? z : -z;
}

double asinh(double x) {
  double t, w;
  int hx = HIGH(x), ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  if (ix < 0x3e300000) return x; /* |x| < 2^-28 */
  if (ix > 0x41b00000) {         /* |x| > 2^28 */
    w = log(fabs(x)) + ln2;
  } else if (ix > 0x40000000) { /* 2 < |x| <= 2^28 */
    t = fabs(x);
    w = log(2.0 * t + 1.0 / (sqrt(x * x + 1.0) + t));
  } else { /* 2^-28 <= |x| <= 2 */
    t = x * x;
    w = log1p(fabs(x) + t / (1.0 + sqrt(1.0 + t)));
  }
  return hx > 0 ? w : -w;
}

double acosh(double x) {
  double t;
  int hx = HIGH(x);
  if (isnan(x)) return x + x;
  if (x < 1.0) return __libc_domain_error();
  if (hx >= 0x41b00000) { /* x >= 2^28 */
    if (hx >= 0x7ff00000) return x + x;
    return log(x) + ln2;
  }
  if (x == 1.0) return 0.0;
  if (hx > 0x40000000) { /* 2 < x < 2^28 */
    t = x * x;
    return log(2.0 * x - 1.0 / (x + sqrt(t - 1.0)));
  }
  t = x - 1.0; /* 1 < x <= 2 */
  return log1p(t + sqrt(2.0 * t + t * t));
}

double atanh(double x) {
  double t, ax = fabs(x);
  int ix = HIGH(x) & 0x7fffffff;
  if (isnan(x)) return x + x;
  if (ax > 1.0) return __libc_domain_error();
  if (ax == 1.0) return __libc_range_error(x > 0.0 ? HUGE_VAL : -HUGE_VAL);
  if (ix < 0x3e300000) return x; /* |x| < 2^-28 */
  if (ix < 0x3fe00000) {         /* |x| < 0.5 */
    t = ax + ax;
    t = 0.5 * log1p(t + t * ax / (1.0 - ax));
  } else {
    t = 0.5 * log1p((ax + ax) / (1.0 - ax));
  }
  return signbit(x) ? -t : t;
}
