/* math_atrig.c: asin, acos, atan and atan2, after fdlibm: a rational approximation near zero, identities */
/* (asin x = pi/2 - 2 asin sqrt((1-x)/2), atan of four reference points) elsewhere, with pi/2 in two pieces. */
/*
 * The algorithms and coefficients follow fdlibm:
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this software is freely granted, provided that this
 * notice is preserved.
 */
#include <errno.h>
#include <math.h>

#include "libc.h"

#define HIGH __LIBC_HIGH_WORD
#define LOW __LIBC_LOW_WORD

static const double pi = 3.14159265358979311600e+00;
static const double pio2_hi = 1.57079632679489655800e+00;
static const double pio2_lo = 6.12323399573676603587e-17;
static const double pio4_hi = 7.85398163397448278999e-01;

/* R(t) = (asin(x) - x) / x^3 with t = x^2, as p(t) / q(t): Remez error below 2^-58.75 on [0, 0.25]. */
static double asin_ratio(double t) {
  static const double pS0 = 1.66666666666666657415e-01;
  static const double pS1 = -3.25565818622400915405e-01;
  static const double pS2 = 2.01212532134862925881e-01;
  static const double pS3 = -4.00555345006794114027e-02;
  static const double pS4 = 7.91534994289814532176e-04;
  static const double pS5 = 3.47933107596021167570e-05;
  static const double qS1 = -2.40339491173441421878e+00;
  static const double qS2 = 2.02094576023350569471e+00;
  static const double qS3 = -6.88283971605453293030e-01;
  static const double qS4 = 7.70381505559019352791e-02;
  double p = t * (pS0 + t * (pS1 + t * (pS2 + t * (pS3 + t * (pS4 + t * pS5)))));
  double q = 1.0 + t * (qS1 + t * (qS2 + t * (qS3 + t * qS4)));
  return p / q;
}

double asin(double x) {
  double t, w, p, q, c, r, s;
  int hx = HIGH(x), ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) { /* |x| >= 1 */
    if (((ix - 0x3ff00000) | (int)LOW(x)) == 0) return x * pio2_hi + x * pio2_lo;
    if (isnan(x)) return x;
    return __libc_domain_error();
  }
  if (ix < 0x3fe00000) { /* |x| < 0.5 */
    if (ix < 0x3e500000) return x; /* |x| < 2^-26 */
    return x + x * asin_ratio(x * x);
  }
  w = 1.0 - fabs(x);
  t = w * 0.5;
  s = sqrt(t);
  if (ix >= 0x3fef3333) { /* |x| > 0.975 */
    w = asin_ratio(t);
    t = pio2_hi - (2.0 * (s + s * w) - pio2_lo);
  } else {
    /* s = w + c exactly, w with its low word cleared */
    w = __LIBC_HIGH_PART(s);
    c = (t - w * w) / (s + w);
    r = asin_ratio(t);
    p = 2.0 * s * r - (pio2_lo - 2.0 * c);
    q = pio4_hi - 2.0 * w;
    t = pio4_hi - (p - q);
  }
  return hx > 0 ? t : -t;
}

double acos(double x) {
  double z, s, c, w, df;
  int hx = HIGH(x), ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) { /* |x| >= 1 */
    if (((ix - 0x3ff00000) | (int)LOW(x)) == 0) return hx > 0 ? 0.0 : pi + 2.0 * pio2_lo;
    if (isnan(x)) return x;
    return __libc_domain_error();
  }
  if (ix < 0x3fe00000) { /* |x| < 0.5 */
    if (ix <= 0x3c600000) return pio2_hi + pio2_lo;
    return pio2_hi - (x - (pio2_lo - x * asin_ratio(x * x)));
  }
  if (hx < 0) { /* x < -0.5 */
    z = (1.0 + x) * 0.5;
    s = sqrt(z);
    w = asin_ratio(z) * s - pio2_lo;
    return pi - 2.0 * (s + w);
  }
  z = (1.0 - x) * 0.5; /* x > 0.5 */
  s = sqrt(z);
  df = __LIBC_HIGH_PART(s);
  c = (z - df * df) / (s + df);
  w = asin_ratio(z) * s + c;
  return 2.0 * (df + w);
}

double atan(double x) {
  static const double atan_hi[] = {4.63647609000806093515e-01, 7.85398163397448278999e-01,
                                   9.82793723247329054082e-01, 1.57079632679489655800e+00};
  static const double atan_lo[] = {2.26987774529616870924e-17, 3.06161699786838301793e-17,
                                   1.39033110312309984516e-17, 6.12323399573676603587e-17};
  static const double aT[] = {
      3.33333333333329318027e-01,  -1.99999999998764832476e-01, 1.42857142725034663711e-01,
      -1.11111104054623557880e-01, 9.09088713343650656196e-02,  -7.69187620504482999495e-02,
      6.66107313738753120669e-02,  -5.83357013379057348645e-02, 4.97687799461593236017e-02,
      -3.65315727442169155270e-02, 1.62858201153657823623e-02,
  };
  double w, s1, s2, z;
  int hx = HIGH(x), ix = hx & 0x7fffffff, id;
  if (ix >= 0x44100000) { /* |x| >= 2^66 */
    if (isnan(x)) return x + x;
    return hx > 0 ? atan_hi[3] + atan_lo[3] : -atan_hi[3] - atan_lo[3];
  }
  if (ix < 0x3fdc0000) { /* |x| < 0.4375 */
    if (ix < 0x3e400000) return x; /* |x| < 2^-27 */
    id = -1;
  } else {
    x = fabs(x);
    if (ix < 0x3ff30000) {   /* |x| < 1.1875 */
      if (ix < 0x3fe60000) { /* 7/16 <= |x| < 11/16 */
        id = 0;
        x = (2.0 * x - 1.0) / (2.0 + x);
      } else { /* 11/16 <= |x| < 19/16 */
        id = 1;
        x = (x - 1.0) / (x + 1.0);
      }
    } else {
      if (ix < 0x40038000) { /* |x| < 2.4375 */
        id = 2;
        x = (x - 1.5) / (1.0 + 1.5 * x);
      } else { /* 2.4375 <= |x| < 2^66 */
        id = 3;
        x = -1.0 / x;
      }
    }
  }
  z = x * x;
  w = z * z;
  /* The odd and even halves of the polynomial in z, summed separately. */
  s1 = z * (aT[0] + w * (aT[2] + w * (aT[4] + w * (aT[6] + w * (aT[8] + w * aT[10])))));
  s2 = w * (aT[1] + w * (aT[3] + w * (aT[5] + w * (aT[7] + w * aT[9]))));
  if (id < 0) return x - x * (s1 + s2);
  z = atan_hi[id] - ((x * (s1 + s2) - atan_lo[id]) - x);
  return hx < 0 ? -z : z;
}

double atan2(double y, double x) {
  static const double pi_lo = 1.2246467991473531772e-16;
  double z;
  int k, m, hx = HIGH(x), hy = HIGH(y);
  int ix = hx & 0x7fffffff, iy = hy & 0x7fffffff;
  unsigned int lx = LOW(x), ly = LOW(y);
  if (isnan(x) || isnan(y)) return x + y;
  if (((hx - 0x3ff00000) | (int)lx) == 0) return atan(y); /* x = 1 */
  m = (hy < 0 ? 1 : 0) | (hx < 0 ? 2 : 0);                /* 2 sign(x) + sign(y) */
  if ((iy | (int)ly) == 0) {                              /* y = 0 */
    switch (m) {
    case 0:
    case 1: return y;
    case 2: return pi;
    default: return -pi;
    }
  }
  if ((ix | (int)lx) == 0) return hy < 0 ? -pio2_hi : pio2_hi; /* x = 0 */
  if (ix == 0x7ff00000) {                                    /* x = inf */
    if (iy == 0x7ff00000) {
      switch (m) {
      case 0: return pio4_hi;
      case 1: return -pio4_hi;
      case 2: return 3.0 * pio4_hi;
      default: return -3.0 * pio4_hi;
      }
    }
    switch (m) {
    case 0: return 0.0;
    case 1: return -0.0;
    case 2: return pi;
    default: return -pi;
    }
  }
  if (iy == 0x7ff00000) return hy < 0 ? -pio2_hi : pio2_hi; /* y = inf */
  k = (iy - ix) >> 20;
  if (k > 60) { /* |y / x| > 2^60 */
    z = pio2_hi + 0.5 * pi_lo;
    m &= 1;
  } else if (hx < 0 && k < -60) { /* 0 > |y| / x > -2^-60 */
    z = 0.0;
  } else {
    z = atan(fabs(y / x));
    /* glibc reports an underflow when the quotient vanishes. */
    if (z == 0.0) errno = ERANGE;
  }
  switch (m) {
  case 0: return z;
  case 1: return -z;
  case 2: return pi - (z - pi_lo);
  default: return (z - pi_lo) - pi;
  }
}
