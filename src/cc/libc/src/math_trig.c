/* math_trig.c: sin, cos and tan: reduction of x modulo pi/2 (Cody-Waite with 33-bit pieces of pi/2 up */
/* to 2^20 pi/2, beyond that exact multi-precision multiplication by the bits of 2/pi), then fdlibm's */
/* polynomial kernels on [-pi/4, pi/4], which take the reduced argument as high + low. */
/*
 * The kernels and the medium-range reduction follow fdlibm:
 * Copyright (C) 1993, 2004 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this software is freely granted, provided that this
 * notice is preserved.
 */
#include <math.h>

#include "libc.h"

#define HIGH __LIBC_HIGH_WORD
#define LOW __LIBC_LOW_WORD

/* Kernels: x in [-pi/4, pi/4], y the low part of the argument. */

static double kernel_sin(double x, double y, int y_is_zero) {
  static const double S1 = -1.66666666666666324348e-01;
  static const double S2 = 8.33333333332248946124e-03;
  static const double S3 = -1.98412698298579493134e-04;
  static const double S4 = 2.75573137070700676789e-06;
  static const double S5 = -2.50507602534068634195e-08;
  static const double S6 = 1.58969099521155010221e-10;
  double z = x * x;
  double w = z * z;
  double r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  double v = z * x;
  if (y_is_zero) return x + v * (S1 + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

static double kernel_cos(double x, double y) {
  static const double C1 = 4.16666666666666019037e-02;
  static const double C2 = -1.38888888888741095749e-03;
  static const double C3 = 2.48015872894767294178e-05;
  static const double C4 = -2.75573143513906633035e-07;
  static const double C5 = 2.08757232129817482790e-09;
  static const double C6 = -1.13596475577881948265e-11;
  double z = x * x;
  double w = z * z;
  double r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  double half_z = 0.5 * z;
  /* w + ((1 - w) - half_z) is 1 - half_z exactly, kept in two pieces. */
  w = 1.0 - half_z;
  return w + (((1.0 - w) - half_z) + (z * r - x * y));
}

/* tan(x + y) when odd is 1, -1 / tan(x + y) when it is -1. */
static double kernel_tan(double x, double y, int odd) {
  static const double T[] = {
      3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
      2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03,
      1.45620945432529025516e-03, 5.88041240820264096874e-04, 2.46463134818469906812e-04,
      7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
      2.59073051863633712884e-05,
  };
  static const double pio4 = 7.85398163397448278999e-01;
  static const double pio4_low = 3.06161699786838301793e-17;
  double z, r, v, w, s, sign;
  int hx = HIGH(x), ix = hx & 0x7fffffff;
  int big = ix >= 0x3fe59428; /* |x| >= 0.6744: use tan(pi/4 - y) = (1 - tan y) / (1 + tan y) */
  if (big) {
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    z = pio4 - x;
    w = pio4_low - y;
    x = z + w;
    y = 0.0;
  }
  z = x * x;
  w = z * z;
  r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
  v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
  s = z * x;
  r = y + z * (s * (r + v) + y);
  r += T[0] * s;
  w = x + r;
  if (big) {
    v = (double)odd;
    sign = hx < 0 ? -1.0 : 1.0;
    return sign * (v - 2.0 * (x - (w * w / (w + v) - r)));
  }
  if (odd == 1) return w;
  {
    /* -1 / (x + r), carefully: a and t are -1/w, t with its low word cleared. */
    double a, t;
    z = __LIBC_HIGH_PART(w);
    v = r - (z - x);
    a = -1.0 / w;
    t = __LIBC_HIGH_PART(a);
    s = 1.0 + t * z;
    return t + a * (s + t * v);
  }
}

/* 2/pi in 24-bit pieces: piece i holds bits 24i+1 .. 24i+24 after the binary point. */
static const int two_over_pi[] = {
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
    0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
    0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
    0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
    0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
    0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
    0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
    0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
    0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
    0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,};

#define PIECES 10 /* 240 bits of 2/pi past the ones that only contribute multiples of 4 */

/* Bit position of a 24-bit-limb number (limb 0 least significant). */
static int limb_bit(const unsigned long *limbs, int count, int position) {
  if (position < 0 || position / 24 >= count) return 0;
  return (int)((limbs[position / 24] >> (position % 24)) & 1);
}

/* Reduction of a large x (|x| > 2^19 pi/2, finite): x 2/pi = m 2^e 2/pi computed exactly over enough bits */
/* of 2/pi that the result has 100 good bits even after the worst cancellation a double can cause. */
static int reduce_large(double x, double *high, double *low) {
  static const double pio2_high = 1.57079632679489655800e+00; /* 0x3ff921fb, 0x54442d18 */
  static const double pio2_low = 6.12323399573676603587e-17;
  unsigned long bits = __libc_double_bits(x);
  unsigned long m = (bits & 0xfffffffffffffUL) | (1UL << 52);
  int e = (int)((bits >> 52) & 0x7ff) - 1075;
  int first = 0, i, j, count, fraction_bits, n, lead, position;
  int x_negative = (int)(bits >> 63), fraction_negative = 0;
  unsigned long m_limbs[3], product[PIECES + 4], u = 0, v = 0;
  double f_high, f_low, p, q, err, fh, fl, ph, pl;

  /* Pieces whose products with m are multiples of 4 do not change the quadrant or the fraction. */
  while (e - 24 * (first + 1) >= 2) first++;
  m_limbs[0] = m & 0xffffff;
  m_limbs[1] = (m >> 24) & 0xffffff;
  m_limbs[2] = m >> 48;
  count = PIECES + 3;
  for (i = 0; i < count + 1; i++) product[i] = 0;
  /* product = m x S, S the PIECES pieces as one integer (piece first + PIECES - 1 in limb 0). */
  for (i = 0; i < PIECES; i++) {
    unsigned long piece = (unsigned long)two_over_pi[first + PIECES - 1 - i];
    for (j = 0; j < 3; j++) product[i + j] += piece * m_limbs[j];
  }
  for (i = 0; i < count; i++) {
    product[i + 1] += product[i] >> 24;
    product[i] &= 0xffffff;
  }
  /* product x 2^-fraction_bits = x 2/pi mod 4. */
  fraction_bits = 24 * (first + PIECES) - e;
  n = limb_bit(product, count, fraction_bits) + 2 * limb_bit(product, count, fraction_bits + 1);
  /* A fraction of a half or more belongs to the next quadrant: take its complement, exactly. */
  if (limb_bit(product, count, fraction_bits - 1)) {
    int borrow = 0;
    n++;
    fraction_negative = 1;
    for (i = 0; i < count; i++) {
      long limb = -(long)product[i] - borrow;
      borrow = limb < 0;
      product[i] = (unsigned long)(limb + (borrow ? 0x1000000 : 0));
    }
  }
  /* The fraction's leading 128 bits, from its first set bit, into u and v. */
  lead = fraction_bits - 1;
  while (lead >= 0 && !limb_bit(product, count, lead)) lead--;
  if (lead < 0) {
    *high = 0.0;
    *low = 0.0;
    return x_negative ? -n : n;
  }
  for (position = lead; position > lead - 64; position--) {
    u = (u << 1) | (unsigned long)limb_bit(product, count, position);
  }
  for (; position > lead - 128; position--) v = (v << 1) | (unsigned long)limb_bit(product, count, position);
  /* fraction = (u 2^64 + v) 2^(lead - 127 - fraction_bits) */
  f_high = (double)(u >> 11) * scalbn(1.0, lead - 52 - fraction_bits);
  f_low = (double)(((u & 0x7ff) << 53) | (v >> 11)) * scalbn(1.0, lead - 116 - fraction_bits);
  /* r = fraction x pi/2 in double-double: Dekker's exact product of the high parts, then the rest. */
  p = f_high * pio2_high;
  {
    double c = 134217729.0 * f_high, d = 134217729.0 * pio2_high;
    fh = c - (c - f_high);
    fl = f_high - fh;
    ph = d - (d - pio2_high);
    pl = pio2_high - ph;
  }
  err = ((fh * ph - p) + fh * pl + fl * ph) + fl * pl;
  q = err + f_high * pio2_low + f_low * pio2_high;
  *high = p + q;
  *low = q - (*high - p);
  if (x_negative != fraction_negative) {
    *high = -*high;
    *low = -*low;
  }
  return x_negative ? -n : n;
}

/* x - n pi/2 = high + low; returns n. */
static int reduce(double x, double *high, double *low) {
  static const double invpio2 = 6.36619772367581382433e-01;
  static const double pio2_1 = 1.57079632673412561417e+00;  /* first 33 bits of pi/2 */
  static const double pio2_1t = 6.07710050650619224932e-11; /* pi/2 - pio2_1 */
  static const double pio2_2 = 6.07710050630396597660e-11;  /* second 33 bits */
  static const double pio2_2t = 2.02226624879595063154e-21; /* pi/2 - (pio2_1 + pio2_2) */
  static const double pio2_3 = 2.02226624871116645580e-21;  /* third 33 bits */
  static const double pio2_3t = 8.47842766036889956997e-32; /* pi/2 - (pio2_1 + pio2_2 + pio2_3) */
  int hx = HIGH(x), ix = hx & 0x7fffffff;
  double t, r, w, fn, y0;
  int n, j, i;
  if (ix > 0x413921fb) return reduce_large(x, high, low); /* |x| > 2^19 pi/2 */
  t = fabs(x);
  n = (int)(t * invpio2 + 0.5);
  fn = (double)n;
  r = t - fn * pio2_1; /* exact: n has at most 20 bits */
  w = fn * pio2_1t;
  j = ix >> 20;
  y0 = r - w;
  i = j - ((HIGH(y0) >> 20) & 0x7ff);
  if (i > 16) { /* cancellation: use 33 more bits of pi/2 */
    t = r;
    w = fn * pio2_2;
    r = t - w;
    w = fn * pio2_2t - ((t - r) - w);
    y0 = r - w;
    i = j - ((HIGH(y0) >> 20) & 0x7ff);
    if (i > 49) { /* and once more, enough for every double */
      t = r;
      w = fn * pio2_3;
      r = t - w;
      w = fn * pio2_3t - ((t - r) - w);
      y0 = r - w;
    }
  }
  *high = y0;
  *low = (r - y0) - w;
  if (hx < 0) {
    *high = -*high;
    *low = -*low;
    return -n;
  }
  return n;
}

double sin(double x) {
  double high, low;
  int ix = HIGH(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) { /* |x| <= pi/4 */
    if (ix < 0x3e500000) return x; /* |x| < 2^-26 */
    return kernel_sin(x, 0.0, 1);
  }
  if (ix >= 0x7ff00000) return isnan(x) ? x + x : __libc_domain_error();
  switch (reduce(x, &high, &low) & 3) {
  case 0: return kernel_sin(high, low, 0);
  case 1: return kernel_cos(high, low);
  case 2: return -kernel_sin(high, low, 0);
  default: return -kernel_cos(high, low);
  }
}

double cos(double x) {
  double high, low;
  int ix = HIGH(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e46a09e) return 1.0; /* |x| < 2^-27 sqrt(2) */
    return kernel_cos(x, 0.0);
  }
  if (ix >= 0x7ff00000) return isnan(x) ? x + x : __libc_domain_error();
  switch (reduce(x, &high, &low) & 3) {
  case 0: return kernel_cos(high, low);
  case 1: return -kernel_sin(high, low, 0);
  case 2: return -kernel_cos(high, low);
  default: return kernel_sin(high, low, 0);
  }
}

double tan(double x) {
  double high, low;
  int n;
  int ix = HIGH(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e400000) return x; /* |x| < 2^-27 */
    return kernel_tan(x, 0.0, 1);
  }
  if (ix >= 0x7ff00000) return isnan(x) ? x + x : __libc_domain_error();
  n = reduce(x, &high, &low);
  return kernel_tan(high, low, (n & 1) != 0 ? -1 : 1);
}
