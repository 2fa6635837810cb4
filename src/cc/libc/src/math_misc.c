/* math_misc.c: cbrt and hypot (after fdlibm, errors below 1 ulp), and fma, exact: the product and the */
/* sum are formed in a wide integer and rounded once. */
/*
 * cbrt and hypot follow fdlibm:
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this software is freely granted, provided that this
 * notice is preserved.
 */
#include <math.h>

#include "libc.h"

#define HIGH __LIBC_HIGH_WORD
#define LOW __LIBC_LOW_WORD

double cbrt(double x) {
  static const unsigned int B1 = 715094163; /* (682 - 0.03306235651) 2^20 */
  static const unsigned int B2 = 696219795; /* (664 - 0.03306235651) 2^20 */
  static const double C = 5.42857142857142815906e-01; /* 19/35 */
  static const double D = -7.05306122448979611050e-01; /* -864/1225 */
  static const double E = 1.41428571428571436819e+00;  /* 99/70 */
  static const double F = 1.60714285714285720630e+00;  /* 45/28 */
  static const double G = 3.57142857142857150787e-01;  /* 5/14 */
  double r, s, t, w;
  unsigned int hx = (unsigned int)HIGH(x), sign = hx & 0x80000000u, high;
  hx ^= sign;
  if (hx >= 0x7ff00000) return x + x;
  if ((hx | LOW(x)) == 0) return x;
  x = __LIBC_FROM_WORDS(hx, LOW(x)); /* |x| */
  /* A first guess good to 5 bits, from the exponent divided by three. */
  if (hx < 0x00100000) { /* subnormal */
    t = 18014398509481984.0 * x; /* 2^54 */
    t = __LIBC_FROM_WORDS((unsigned int)HIGH(t) / 3 + B2, 0);
  } else {
    t = __LIBC_FROM_WORDS(hx / 3 + B1, 0);
  }
  /* To 23 bits by a rational step. */
  r = t * t / x;
  s = C + r * t;
  t *= G + F / (s + E + D / s);
  /* Chop to 20 bits, rounded up, so that t * t is exact. */
  high = (unsigned int)HIGH(t);
  t = __LIBC_FROM_WORDS(high + 1, 0);
  /* One Newton step to 53 bits, error below 0.667 ulp. */
  s = t * t;
  r = x / s;
  w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return __LIBC_FROM_WORDS((unsigned int)HIGH(t) | sign, LOW(t));
}

double hypot(double x, double y) {
  double a, b, t1, t2, y1, y2, w;
  int j, k, ha = HIGH(x) & 0x7fffffff, hb = HIGH(y) & 0x7fffffff;
  if (isinf(x) || isinf(y)) return HUGE_VAL;
  if (isnan(x) || isnan(y)) return x + y;
  if (hb > ha) {
    a = y;
    b = x;
    j = ha;
    ha = hb;
    hb = j;
  } else {
    a = x;
    b = y;
  }
  a = fabs(a);
  b = fabs(b);
  if ((ha - hb) > 0x3c00000) return a + b; /* a / b > 2^60 */
  k = 0;
  if (ha > 0x5f300000) { /* a > 2^500: scale both by 2^-600 */
    ha -= 0x25800000;
    hb -= 0x25800000;
    k += 600;
    a = __LIBC_FROM_WORDS(ha, LOW(a));
    b = __LIBC_FROM_WORDS(hb, LOW(b));
  }
  if (hb < 0x20b00000) {      /* b < 2^-500 */
    if (hb <= 0x000fffff) {   /* subnormal b or 0 */
      if (b == 0.0) return a;
      t1 = __LIBC_FROM_WORDS(0x7fd00000, 0); /* 2^1022 */
      b *= t1;
      a *= t1;
      k -= 1022;
      ha = HIGH(a);
      hb = HIGH(b);
    } else { /* scale both by 2^600 */
      ha += 0x25800000;
      hb += 0x25800000;
      k -= 600;
      a = __LIBC_FROM_WORDS(ha, LOW(a));
      b = __LIBC_FROM_WORDS(hb, LOW(b));
    }
  }
  /* a^2 + b^2 with the big products split so that the sum is good to well below half an ulp. */
  w = a - b;
  if (w > b) {
    t1 = __LIBC_FROM_WORDS(ha, 0);
    t2 = a - t1;
    w = sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
  } else {
    a = a + a;
    y1 = __LIBC_FROM_WORDS(hb, 0);
    y2 = b - y1;
    t1 = __LIBC_FROM_WORDS(ha + 0x00100000, 0);
    t2 = a - t1;
    w = sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
  }
  if (k != 0) {
    w = scalbn(w, k);
    if (isinf(w)) return __libc_range_error(w);
  }
  return w;
}

/* fma: an unsigned integer of WIDE 32-bit limbs, least significant first. */
#define WIDE 12

struct wide {
  unsigned int limbs[WIDE];
};

static void wide_clear(struct wide *w) {
  int i;
  for (i = 0; i < WIDE; i++) w->limbs[i] = 0;
}

/* w += value x 2^offset */
static void wide_add(struct wide *w, unsigned long value, int offset) {
  int index = offset / 32, shift = offset % 32;
  unsigned long carry = 0;
  unsigned long parts[3];
  int i;
  parts[0] = (value << shift) & 0xffffffffUL;
  parts[1] = shift == 0 ? (value >> 32) : ((value >> (32 - shift)) & 0xffffffffUL);
  parts[2] = shift == 0 ? 0 : (value >> (64 - shift));
  for (i = 0; index + i < WIDE; i++) {
    unsigned long sum = (unsigned long)w->limbs[index + i] + (i < 3 ? parts[i] : 0) + carry;
    w->limbs[index + i] = (unsigned int)sum;
    carry = sum >> 32;
    if (i >= 2 && carry == 0) break;
  }
}

static int wide_compare(const struct wide *a, const struct wide *b) {
  int i;
  for (i = WIDE - 1; i >= 0; i--) {
    if (a->limbs[i] != b->limbs[i]) return a->limbs[i] < b->limbs[i] ? -1 : 1;
  }
  return 0;
}

/* a = a + b, or a = a - b (a >= b) */
static void wide_combine(struct wide *a, const struct wide *b, int subtract) {
  long carry = 0;
  int i;
  for (i = 0; i < WIDE; i++) {
    long value = (long)a->limbs[i] + (subtract ? -(long)b->limbs[i] : (long)b->limbs[i]) + carry;
    carry = value < 0 ? -1 : value >> 32;
    a->limbs[i] = (unsigned int)(value & 0xffffffffL);
  }
}

static int wide_bit(const struct wide *w, int position) {
  if (position < 0) return 0;
  return (int)((w->limbs[position / 32] >> (position % 32)) & 1);
}

/* |x| = mantissa x 2^exponent, the mantissa an integer (finite, non-zero x). */
static unsigned long integer_mantissa(double x, int *exponent) {
  unsigned long bits = __libc_double_bits(x);
  int biased = (int)((bits >> 52) & 0x7ff);
  unsigned long fraction = bits & 0xfffffffffffffUL;
  if (biased == 0) {
    *exponent = -1074;
    return fraction;
  }
  *exponent = biased - 1075;
  return fraction | (1UL << 52);
}

double __libc_fma(double x, double y, double z, int mantissa_bits) {
  struct wide product, addend;
  unsigned long mx, my, mz, top = 0;
  int ex, ey, ez, ep, base, length, i, sticky = 0, negative;
  int product_negative = signbit(x) != signbit(y), addend_negative = signbit(z) != 0;
  if (!isfinite(x) || !isfinite(y) || !isfinite(z) || x == 0.0 || y == 0.0 || z == 0.0) {
    /* Zeros, infinities and NaNs: the plain expression is exact or right (for floats the product is exact), */
    /* except that a finite product must not overflow into an infinity z would then cancel. */
    if (isinf(z) && isfinite(x) && isfinite(y)) return z;
    /* x y + 0 is the product rounded once, with the product's sign even when it rounds to zero. */
    if (z == 0.0 && isfinite(x) && isfinite(y) && x != 0.0 && y != 0.0)
      return mantissa_bits == 53 ? x * y : (double)(float)(x * y);
    return mantissa_bits == 53 ? x * y + z : (double)(float)(x * y + z);
  }
  mx = integer_mantissa(x, &ex);
  my = integer_mantissa(y, &ey);
  mz = integer_mantissa(z, &ez);
  ep = ex + ey;
  wide_clear(&product);
  wide_clear(&addend);
  {
    /* Place both at a common exponent; one far below the other shrinks to a sticky 1 under it. */
    int offset_product, offset_addend, distance = ez - ep;
    if (distance > 200) {
      base = ez - 2;
      offset_addend = 2;
      offset_product = -1;
    } else if (distance < -200) {
      base = ep - 2;
      offset_product = 2;
      offset_addend = -1;
    } else if (distance >= 0) {
      base = ep;
      offset_product = 0;
      offset_addend = distance;
    } else {
      base = ez;
      offset_addend = 0;
      offset_product = -distance;
    }
    if (offset_product < 0) {
      wide_add(&product, 1, 0);
    } else {
      unsigned long x_low = mx & 0xffffffffUL, x_high = mx >> 32, y_low = my & 0xffffffffUL, y_high = my >> 32;
      wide_add(&product, x_low * y_low, offset_product);
      wide_add(&product, x_low * y_high, offset_product + 32);
      wide_add(&product, x_high * y_low, offset_product + 32);
      wide_add(&product, x_high * y_high, offset_product + 64);
    }
    if (offset_addend < 0) wide_add(&addend, 1, 0);
    else wide_add(&addend, mz, offset_addend);
  }
  if (product_negative == addend_negative) {
    wide_combine(&product, &addend, 0);
    negative = product_negative;
  } else {
    int order = wide_compare(&product, &addend);
    if (order == 0) return 0.0;
    if (order > 0) {
      wide_combine(&product, &addend, 1);
      negative = product_negative;
    } else {
      wide_combine(&addend, &product, 1);
      product = addend;
      negative = addend_negative;
    }
  }
  length = 32 * WIDE;
  while (length > 0 && !wide_bit(&product, length - 1)) length--;
  for (i = 1; i <= 64; i++) top = (top << 1) | (unsigned long)wide_bit(&product, length - i);
  for (i = length - 65; i >= 0 && !sticky; i--) sticky = wide_bit(&product, i);
  {
    double magnitude = __libc_round_binary(top, base + length - 64, sticky, mantissa_bits);
    return negative ? -magnitude : magnitude;
  }
}

double fma(double x, double y, double z) { return __libc_fma(x, y, z, 53); }
