/* math_exp.c: exp, exp2, expm1 and pow, after the algorithms of fdlibm (argument reduction by ln 2, */
/* a rational approximation on the reduced interval, scaling by 2^k), each with errors below 1 ulp. */
/*
 * The algorithms and coefficients follow fdlibm:
 * Copyright (C) 1993, 2004 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this software is freely granted, provided that this
 * notice is preserved.
 */
#include <math.h>

#include "libc.h"

#define HIGH __LIBC_HIGH_WORD
#define LOW __LIBC_LOW_WORD

static const double ln2_high = 6.93147180369123816490e-01; /* 0x3fe62e42, 0xfee00000: k * ln2_high is exact */
static const double ln2_low = 1.90821492927058770002e-10;  /* 0x3dea39ef, 0x35793c76 */
static const double inverse_ln2 = 1.44269504088896338700e+00;
static const double overflow_threshold = 7.09782712893383973096e+02;
static const double underflow_threshold = -7.45133219101941108420e+02;

/* Remez coefficients of r (e^r + 1) / (e^r - 1) = 2 + P1 r^2 + ... + P5 r^10 on [0, 0.347]. */
static const double P1 = 1.66666666666666019037e-01;
static const double P2 = -2.77777777770155933842e-03;
static const double P3 = 6.61375632143793436117e-05;
static const double P4 = -1.65339022054652515390e-06;
static const double P5 = 4.13813679705723846039e-08;

/* 2^n for n in [-1022, 1023]. */
static double power_of_two(int n) { return __libc_bits_double((unsigned long)(n + 1023) << 52); }

/* y x 2^n, rounding once even when the result is subnormal. */
static double scale(double y, int n) {
  if (n > 1023) return y * power_of_two(1023) * power_of_two(n - 1023);
  if (n < -1021) return y * power_of_two(n + 1000) * power_of_two(-1000);
  return y * power_of_two(n);
}

/* e^(high - low) x 2^n, for |high - low| <= 0.35 with low a small correction. */
static double exp_reduced(double high, double low, int n) {
  double r = high - low;
  double t = r * r;
  double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  double y = 1.0 - ((low - (r * c) / (2.0 - c)) - high);
  return scale(y, n);
}

/* Splits x = k ln2 + (high - low) with |high - low| <= ln2 / 2; returns k. */
static int reduce(double x, double *high, double *low) {
  int hx = HIGH(x) & 0x7fffffff;
  int k;
  if (hx <= 0x3fd62e42) {
    *high = x;
    *low = 0.0;
    return 0;
  }
  if (hx < 0x3ff0a2b2) {
    k = x > 0.0 ? 1 : -1;
  } else {
    k = (int)(inverse_ln2 * x + (x > 0.0 ? 0.5 : -0.5));
  }
  *high = x - k * ln2_high;
  *low = k * ln2_low;
  return k;
}

double __libc_exp_scaled(double x, int n) {
  double high, low;
  int k = reduce(x, &high, &low);
  return exp_reduced(high, low, k + n);
}

double exp(double x) {
  double high, low;
  int k;
  if (isnan(x)) return x + x;
  if (isinf(x)) return x > 0.0 ? x : 0.0;
  if (x > overflow_threshold) return __libc_range_error(HUGE_VAL);
  if (x < underflow_threshold) return __libc_range_error(0.0);
  if ((HIGH(x) & 0x7fffffff) < 0x3e300000) return 1.0 + x; /* |x| < 2^-28 */
  k = reduce(x, &high, &low);
  return exp_reduced(high, low, k);
}

/* Splits a into high + low halves with at most 26 significant bits each (Dekker), for exact products. */
static void split_half(double a, double *high, double *low) {
  double c = 134217729.0 * a; /* 2^27 + 1 */
  *high = c - (c - a);
  *low = a - *high;
}

double exp2(double x) {
  static const double ln2 = 6.93147180559945286227e-01;      /* 0x3fe62e42, 0xfefa39ef */
  static const double ln2_tail = 2.31904681384629955842e-17; /* ln 2 - ln2 */
  double k, f, product, error, xh, xl, lh, ll;
  if (isnan(x)) return x + x;
  if (isinf(x)) return x > 0.0 ? x : 0.0;
  if (x >= 1024.0) return __libc_range_error(HUGE_VAL);
  if (x < -1075.0) return __libc_range_error(0.0);
  /* 2^x = 2^k e^(f ln 2), |f| <= 1/2; f ln 2 is formed exactly as product + error. */
  k = rint(x);
  f = x - k;
  product = f * ln2;
  split_half(f, &xh, &xl);
  split_half(ln2, &lh, &ll);
  error = ((xh * lh - product) + xh * ll + xl * lh) + xl * ll + f * ln2_tail;
  {
    double result = exp_reduced(product, -error, (int)k);
    if (result == 0.0) return __libc_range_error(0.0);
    return result;
  }
}

/* expm1 coefficients: 2^n-scaled Remez coefficients of the rational approximation of expm1 on [0, 0.347]. */
static const double Q1 = -3.33333333333331316428e-02;
static const double Q2 = 1.58730158725481460165e-03;
static const double Q3 = -7.93650757867487942473e-05;
static const double Q4 = 4.00821782732936239552e-06;
static const double Q5 = -2.01099218183624371326e-07;

double expm1(double x) {
  double y, high, low, c = 0.0, t, e, half_x_squared, half_x, r1;
  int hx = HIGH(x) & 0x7fffffff;
  int k;
  int negative = signbit(x) != 0;
  if (hx >= 0x4043687a) { /* |x| >= 56 ln2 */
    if (isnan(x)) return x;
    if (negative) return -1.0;
    if (isinf(x)) return x;
    if (x > overflow_threshold) return __libc_range_error(HUGE_VAL);
  }
  if (hx > 0x3fd62e42) { /* |x| > ln2 / 2 */
    if (hx < 0x3ff0a2b2) {
      k = negative ? -1 : 1;
      high = negative ? x + ln2_high : x - ln2_high;
      low = negative ? -ln2_low : ln2_low;
    } else {
      k = (int)(inverse_ln2 * x + (negative ? -0.5 : 0.5));
      t = k;
      high = x - t * ln2_high;
      low = t * ln2_low;
    }
    x = high - low;
    c = (high - x) - low;
  } else if (hx < 0x3c900000) { /* |x| < 2^-54 */
    return x;
  } else {
    k = 0;
  }
  half_x = 0.5 * x;
  half_x_squared = x * half_x;
  t = half_x_squared;
  r1 = 1.0 + t * (Q1 + t * (Q2 + t * (Q3 + t * (Q4 + t * Q5))));
  t = 3.0 - r1 * half_x;
  e = half_x_squared * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - half_x_squared);
  e = x * (e - c) - c;
  e -= half_x_squared;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  if (k < 0 || k > 56) {
    y = x - e + 1.0;
    return scale(y, k) - 1.0;
  }
  if (k < 20) return (x - e + (1.0 - power_of_two(-k))) * power_of_two(k);
  return (x - (e + power_of_two(-k)) + 1.0) * power_of_two(k);
}

/* pow: log2(x) in extra precision (t1 + t2), times y in extra precision, then 2^z. */
static const double two53 = 9007199254740992.0;
static const double L1 = 5.99999999999994648725e-01; /* (3/2)(log(x) - 2s - 2/3 s^3) coefficients */
static const double L2 = 4.28571428578550184252e-01;
static const double L3 = 3.33333329818377432918e-01;
static const double L4 = 2.72728123808534006489e-01;
static const double L5 = 2.30660745775561754067e-01;
static const double L6 = 2.06975017800338417784e-01;
static const double lg2 = 6.93147180559945286227e-01;
static const double lg2_h = 6.93147182464599609375e-01;
static const double lg2_l = -1.90465429995776804525e-09;
static const double overflow_tail = 8.0085662595372944372e-17; /* -(1024 - log2(DBL_MAX + ulp / 2)) */
static const double cp = 9.61796693925975554329e-01;             /* 2 / (3 ln 2) */
static const double cp_h = 9.61796700954437255859e-01;
static const double cp_l = -7.02846165095275826516e-09;
static const double ivln2 = 1.44269504088896338700e+00;
static const double bp[] = {1.0, 1.5};
static const double dp_h[] = {0.0, 5.84962487220764160156e-01}; /* log2(1.5), high and low */
static const double dp_l[] = {0.0, 1.35003920212974897128e-08};

/* Overflow or underflow with the sign sign. */
static double pow_out_of_range(double sign, int overflow) {
  return __libc_range_error(overflow ? sign * HUGE_VAL : sign * 0.0);
}

double pow(double x, double y) {
  double z, ax, z_h, z_l, p_h, p_l, y1, t1, t2, r, s, t, u, v, w;
  int i, j, k, y_kind, n;
  int hx = HIGH(x), hy = HIGH(y);
  unsigned int lx = LOW(x), ly = LOW(y);
  int ix = hx & 0x7fffffff, iy = hy & 0x7fffffff;

  if ((iy | (int)ly) == 0) return 1.0;
  if (x == 1.0) return 1.0; /* C99: even for a NaN y */
  if (isnan(x) || isnan(y)) return x + y;

  /* y_kind: 0 y is not an integer, 1 an odd integer, 2 an even integer (needed only when x < 0). */
  y_kind = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) {
      y_kind = 2;
    } else if (iy >= 0x3ff00000) {
      k = (iy >> 20) - 0x3ff;
      if (k > 20) {
        unsigned int bits = ly >> (52 - k);
        if ((bits << (52 - k)) == ly) y_kind = 2 - (int)(bits & 1);
      } else if (ly == 0) {
        int bits = iy >> (20 - k);
        if ((bits << (20 - k)) == iy) y_kind = 2 - (bits & 1);
      }
    }
  }

  if (ly == 0) {
    if (iy == 0x7ff00000) { /* y is +-inf */
      if (((ix - 0x3ff00000) | (int)lx) == 0) return 1.0; /* (-1)^+-inf is 1 in C99 */
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0.0;
      return hy < 0 ? -y : 0.0;
    }
    if (x != 0.0 && !isinf(x)) {
      if (iy == 0x3ff00000) {
        z = hy < 0 ? 1.0 / x : x;
        return isinf(z) ? __libc_range_error(z) : z;
      }
      if (hy == 0x40000000) {
        z = x * x;
        return isinf(z) || z == 0.0 ? __libc_range_error(z) : z;
      }
      if (hy == 0x3fe00000 && hx >= 0) return sqrt(x);
    }
  }

  ax = fabs(x);
  if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) { /* x is +-0, +-inf, +-1 */
    z = ax;
    if (hy < 0) z = ix == 0 ? __libc_range_error(HUGE_VAL) : 1.0 / z; /* 0^negative is a pole */
    if (hx < 0) {
      if (((ix - 0x3ff00000) | y_kind) == 0) return __libc_domain_error(); /* (-1)^non-integer */
      if (y_kind == 1) z = -z;
    }
    return z;
  }

  n = (int)((unsigned int)hx >> 31) - 1; /* 0 for negative x, -1 otherwise */
  if ((n | y_kind) == 0) return __libc_domain_error(); /* (x < 0)^non-integer */
  s = 1.0;
  if ((n | (y_kind - 1)) == 0) s = -1.0; /* (x < 0)^odd */

  if (iy > 0x41e00000) { /* |y| > 2^31 */
    if (iy > 0x43f00000) { /* |y| > 2^64: must overflow or underflow */
      if (ix <= 0x3fefffff) return pow_out_of_range(1.0, hy < 0);
      if (ix >= 0x3ff00000) return pow_out_of_range(1.0, hy > 0);
    }
    if (ix < 0x3fefffff) return pow_out_of_range(s, hy < 0);
    if (ix > 0x3ff00000) return pow_out_of_range(s, hy > 0);
    /* |1 - x| <= 2^-20: log(x) by x - x^2/2 + x^3/3 - x^4/4. t has up to 33 bits, so t / ln 2 is formed */
    /* as an exact product and its error (fdlibm's ivln2_h * t is not exact and costs hundreds of ulps). */
    static const double ivln2_tail = 2.0355273740931033e-17; /* 1/ln 2 - ivln2 */
    double c, th, tl, ih, il, error;
    t = ax - 1.0;
    w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    u = t * ivln2;
    c = 134217729.0 * t;
    th = c - (c - t);
    tl = t - th;
    c = 134217729.0 * ivln2;
    ih = c - (c - ivln2);
    il = ivln2 - ih;
    error = ((th * ih - u) + th * il + tl * ih) + tl * il;
    v = (error + t * ivln2_tail) - w * ivln2;
    t1 = __LIBC_HIGH_PART(u + v);
    t2 = v - (t1 - u);
  } else {
    double ss, s2, s_h, s_l, t_h, t_l;
    n = 0;
    if (ix < 0x00100000) { /* subnormal x */
      ax *= two53;
      n -= 53;
      ix = HIGH(ax);
    }
    n += (ix >> 20) - 0x3ff;
    j = ix & 0x000fffff;
    ix = j | 0x3ff00000;
    if (j <= 0x3988e) {
      k = 0; /* |x| < sqrt(3/2) */
    } else if (j < 0xbb67a) {
      k = 1; /* |x| < sqrt(3) */
    } else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = __LIBC_FROM_WORDS(ix, LOW(ax));

    /* ss = s_h + s_l = (x - 1) / (x + 1) or (x - 1.5) / (x + 1.5) */
    u = ax - bp[k];
    v = 1.0 / (ax + bp[k]);
    ss = u * v;
    s_h = __LIBC_HIGH_PART(ss);
    t_h = __LIBC_FROM_WORDS(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
    t_l = ax - (t_h - bp[k]);
    s_l = v * ((u - s_h * t_h) - s_h * t_l);
    /* log(ax) */
    s2 = ss * ss;
    r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += s_l * (s_h + ss);
    s2 = s_h * s_h;
    t_h = __LIBC_HIGH_PART(3.0 + s2 + r);
    t_l = r - ((t_h - 3.0) - s2);
    u = s_h * t_h;
    v = s_l * t_h + t_l * ss;
    p_h = __LIBC_HIGH_PART(u + v);
    p_l = v - (p_h - u);
    z_h = cp_h * p_h;
    z_l = cp_l * p_h + p_l * cp + dp_l[k];
    /* log2(ax) = (ss + ...) 2 / (3 ln 2) = n + dp_h + z_h + z_l */
    t = (double)n;
    t1 = __LIBC_HIGH_PART(((z_h + z_l) + dp_h[k]) + t);
    t2 = z_l - (((t1 - t) - dp_h[k]) - z_h);
  }

  /* (y1 + y2) (t1 + t2), with y1 the high part of y */
  y1 = __LIBC_HIGH_PART(y);
  p_l = (y - y1) * t1 + y * t2;
  p_h = y1 * t1;
  z = p_l + p_h;
  j = HIGH(z);
  i = (int)LOW(z);
  if (j >= 0x40900000) { /* z >= 1024 */
    if (((j - 0x40900000) | i) != 0 || p_l + overflow_tail > z - p_h) return pow_out_of_range(s, 1);
  } else if ((j & 0x7fffffff) >= 0x4090cc00) { /* z <= -1075 */
    if (((j - (int)0xc090cc00) | i) != 0 || p_l <= z - p_h) return pow_out_of_range(s, 0);
  }

  /* 2^(p_h + p_l) */
  i = j & 0x7fffffff;
  k = (i >> 20) - 0x3ff;
  n = 0;
  if (i > 0x3fe00000) { /* |z| > 0.5: n = nearest integer */
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    t = __LIBC_FROM_WORDS(n & ~(0x000fffff >> k), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    p_h -= t;
  }
  t = __LIBC_HIGH_PART(p_l + p_h);
  u = t * lg2_h;
  v = (p_l - (t - p_h)) * lg2 + t * lg2_l;
  z = u + v;
  w = v - (z - u);
  t = z * z;
  t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  r = (z * t1) / (t1 - 2.0) - (w + z * w);
  z = 1.0 - (r - z);
  j = HIGH(z) + n * 0x00100000;
  if (j < 0x00100000) z = scalbn(z, n); /* subnormal result */
  else z = __LIBC_FROM_WORDS(j, LOW(z));
  return s * z;
}
