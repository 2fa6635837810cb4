/* math_special.c: erf and erfc (after fdlibm: rational approximations on four ranges), lgamma (after */
/* fdlibm: reduction to [2, 3], a polynomial around the minimum, Stirling beyond 8, reflection below 0), */
/* and tgamma (exact factorials for small integers, a Lanczos sum otherwise; a few ulps). */
/*
 * erf, erfc and lgamma follow fdlibm:
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this software is freely granted, provided that this
 * notice is preserved.
 */
#include <errno.h>
#include <math.h>

#include "libc.h"

#define HIGH __LIBC_HIGH_WORD
#define LOW __LIBC_LOW_WORD

int signgam;

static const double pi = 3.14159265358979311600e+00;
static const double tiny = 1e-300;

/* erf on [0, 0.84375]: erf(x) = x + x R(x^2), R = pp / qq */
static const double efx = 1.28379167095512586316e-01;
static const double efx8 = 1.02703333676410069053e+00;
static const double pp0 = 1.28379167095512558561e-01;
static const double pp1 = -3.25042107247001499370e-01;
static const double pp2 = -2.84817495755985104766e-02;
static const double pp3 = -5.77027029648944159157e-03;
static const double pp4 = -2.37630166566501626084e-05;
static const double qq1 = 3.97917223959155352819e-01;
static const double qq2 = 6.50222499887672944485e-02;
static const double qq3 = 5.08130628187576562776e-03;
static const double qq4 = 1.32494738004321644526e-04;
static const double qq5 = -3.96022827877536812320e-06;
/* on [0.84375, 1.25]: erf(1 + s) = erx + pa(s) / qa(s) */
static const double erx = 8.45062911510467529297e-01;
static const double pa0 = -2.36211856075265944077e-03;
static const double pa1 = 4.14856118683748331666e-01;
static const double pa2 = -3.72207876035701323847e-01;
static const double pa3 = 3.18346619901161753674e-01;
static const double pa4 = -1.10894694282396677476e-01;
static const double pa5 = 3.54783043256182359371e-02;
static const double pa6 = -2.16637559486879084300e-03;
static const double qa1 = 1.06420880400844228286e-01;
static const double qa2 = 5.40397917702171048937e-01;
static const double qa3 = 7.18286544141962662868e-02;
static const double qa4 = 1.26171219808761642112e-01;
static const double qa5 = 1.36370839120290507362e-02;
static const double qa6 = 1.19844998467991074170e-02;
/* erfc on [1.25, 1/0.35]: (1/x) exp(-x^2 - 0.5625 + ra / sa) with z = 1/x^2 */
static const double ra0 = -9.86494403484714822705e-03;
static const double ra1 = -6.93858572707181764372e-01;
static const double ra2 = -1.05586262253232909814e+01;
static const double ra3 = -6.23753324503260060396e+01;
static const double ra4 = -1.62396669462573470355e+02;
static const double ra5 = -1.84605092906711035994e+02;
static const double ra6 = -8.12874355063065934246e+01;
static const double ra7 = -9.81432934416914548592e+00;
static const double sa1 = 1.96512716674392571292e+01;
static const double sa2 = 1.37657754143519042600e+02;
static const double sa3 = 4.34565877475229228821e+02;
static const double sa4 = 6.45387271733267880336e+02;
static const double sa5 = 4.29008140027567833386e+02;
static const double sa6 = 1.08635005541779435134e+02;
static const double sa7 = 6.57024977031928170135e+00;
static const double sa8 = -6.04244152148580987438e-02;
/* on [1/0.35, 28] */
static const double rb0 = -9.86494292470009928597e-03;
static const double rb1 = -7.99283237680523006574e-01;
static const double rb2 = -1.77579549177547519889e+01;
static const double rb3 = -1.60636384855821916062e+02;
static const double rb4 = -6.37566443368389627722e+02;
static const double rb5 = -1.02509513161107724954e+03;
static const double rb6 = -4.83519191608651397019e+02;
static const double sb1 = 3.03380607434824582924e+01;
static const double sb2 = 3.25792512996573918826e+02;
static const double sb3 = 1.53672958608443695994e+03;
static const double sb4 = 3.19985821950859553908e+03;
static const double sb5 = 2.55305040643316442583e+03;
static const double sb6 = 4.74528541206955367215e+02;
static const double sb7 = -2.24409524465858183362e+01;

static double erf_small_ratio(double z) {
  double r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
  double s = 1.0 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
  return r / s;
}

static double erf_middle_ratio(double s) {
  double p = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
  double q = 1.0 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
  return p / q;
}

/* x erfc(x) e^(x^2) for x >= 1.25, as exp(-x^2 - 0.5625 + R/S) / x without the error of squaring x. */
static double erfc_tail(double x) {
  double s = 1.0 / (x * x), R, S, z;
  if ((HIGH(x) & 0x7fffffff) < 0x4006db6e) { /* x < 1/0.35 */
    R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
    S = 1.0 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
  } else {
    R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
    S = 1.0 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
  }
  /* -x^2 = -z^2 + (z - x)(z + x) with z the high half of x: both parts exact. */
  z = __LIBC_HIGH_PART(x);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S) / x;
}

double erf(double x) {
  int hx = HIGH(x), ix = hx & 0x7fffffff;
  double r;
  if (ix >= 0x7ff00000) {
    if (isnan(x)) return x + x;
    return hx < 0 ? -1.0 : 1.0;
  }
  if (ix < 0x3feb0000) {   /* |x| < 0.84375 */
    if (ix < 0x3e300000) { /* |x| < 2^-28 */
      if (ix < 0x00800000) return 0.125 * (8.0 * x + efx8 * x);
      return x + efx * x;
    }
    return x + x * erf_small_ratio(x * x);
  }
  if (ix < 0x3ff40000) { /* |x| < 1.25 */
    r = erx + erf_middle_ratio(fabs(x) - 1.0);
    return hx >= 0 ? r : -r;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 - tiny : tiny - 1.0; /* |x| >= 6 */
  r = erfc_tail(fabs(x));
  return hx >= 0 ? 1.0 - r : r - 1.0;
}

double erfc(double x) {
  int hx = HIGH(x), ix = hx & 0x7fffffff;
  double r, y;
  if (ix >= 0x7ff00000) {
    if (isnan(x)) return x + x;
    return hx < 0 ? 2.0 : 0.0;
  }
  if (ix < 0x3feb0000) {                  /* |x| < 0.84375 */
    if (ix < 0x3c700000) return 1.0 - x; /* |x| < 2^-56 */
    y = erf_small_ratio(x * x);
    if (hx < 0x3fd00000) return 1.0 - (x + x * y); /* x < 1/4 */
    r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) { /* |x| < 1.25 */
    double ratio = erf_middle_ratio(fabs(x) - 1.0);
    if (hx >= 0) return (1.0 - erx) - ratio;
    return 1.0 + (erx + ratio);
  }
  if (ix < 0x403c0000) { /* |x| < 28 */
    if (hx < 0 && ix >= 0x40180000) return 2.0 - tiny; /* x < -6 */
    r = erfc_tail(fabs(x));
    if (hx > 0) {
      if (r == 0.0) return __libc_range_error(0.0);
      return r;
    }
    return 2.0 - r;
  }
  if (hx > 0) return __libc_range_error(0.0);
  return 2.0 - tiny;
}

/* sin(pi x) for x < 0 (or small |x|), reduced so that no multiple of pi is lost. */
static double sin_pi(double x) {
  double y, z;
  int n, ix = HIGH(x) & 0x7fffffff;
  if (ix < 0x3fd00000) return sin(pi * x);
  y = -x;
  z = floor(y);
  if (z != y) {
    y *= 0.5;
    y = 2.0 * (y - floor(y)); /* |x| mod 2 */
    n = (int)(y * 4.0);
  } else {
    /* An integer: sin is zero, with the sign of its parity. */
    if (ix >= 0x43400000) {
      y = 0.0;
      n = 0;
    } else {
      y = fmod(z, 2.0);
      n = (int)y * 4;
    }
  }
  switch (n) {
  case 0: y = sin(pi * y); break;
  case 1:
  case 2: y = cos(pi * (0.5 - y)); break;
  case 3:
  case 4: y = sin(pi * (1.0 - y)); break;
  case 5:
  case 6: y = -cos(pi * (y - 1.5)); break;
  default: y = sin(pi * (y - 2.0)); break;
  }
  return -y;
}

static const double a0 = 7.72156649015328655494e-02;
static const double a1 = 3.22467033424113591611e-01;
static const double a2 = 6.73523010531292681824e-02;
static const double a3 = 2.05808084325167332806e-02;
static const double a4 = 7.38555086081402883957e-03;
static const double a5 = 2.89051383673415629091e-03;
static const double a6 = 1.19270763183362067845e-03;
static const double a7 = 5.10069792153511336608e-04;
static const double a8 = 2.20862790713908385557e-04;
static const double a9 = 1.08011567247583939954e-04;
static const double a10 = 2.52144565451257326939e-05;
static const double a11 = 4.48640949618915160150e-05;
static const double tc = 1.46163214496836224576e+00;
static const double tf = -1.21486290535849611461e-01;
static const double tt = -3.63867699703950536541e-18;
static const double t0 = 4.83836122723810047042e-01;
static const double t1 = -1.47587722994593911752e-01;
static const double t2 = 6.46249402391333854778e-02;
static const double t3 = -3.27885410759859649565e-02;
static const double t4 = 1.79706750811820387126e-02;
static const double t5 = -1.03142241298341437450e-02;
static const double t6 = 6.10053870246291332635e-03;
static const double t7 = -3.68452016781138256760e-03;
static const double t8 = 2.25964780900612472250e-03;
static const double t9 = -1.40346469989232843813e-03;
static const double t10 = 8.81081882437654011382e-04;
static const double t11 = -5.38595305356740546715e-04;
static const double t12 = 3.15632070903625950361e-04;
static const double t13 = -3.12754168375120860518e-04;
static const double t14 = 3.35529192635519073543e-04;
static const double u0 = -7.72156649015328655494e-02;
static const double u1 = 6.32827064025093366517e-01;
static const double u2 = 1.45492250137234768737e+00;
static const double u3 = 9.77717527963372745603e-01;
static const double u4 = 2.28963728064692451092e-01;
static const double u5 = 1.33810918536787660377e-02;
static const double v1 = 2.45597793713041134822e+00;
static const double v2 = 2.12848976379893395361e+00;
static const double v3 = 7.69285150456672783825e-01;
static const double v4 = 1.04222645593369134254e-01;
static const double v5 = 3.21709242282423911810e-03;
static const double s0 = -7.72156649015328655494e-02;
static const double s1 = 2.14982415960608852501e-01;
static const double s2 = 3.25778796408930981787e-01;
static const double s3 = 1.46350472652464452805e-01;
static const double s4 = 2.66422703033638609560e-02;
static const double s5 = 1.84028451407337715652e-03;
static const double s6 = 3.19475326584100867617e-05;
static const double r1 = 1.39200533467621045958e+00;
static const double r2 = 7.21935547567138069525e-01;
static const double r3 = 1.71933865632803078993e-01;
static const double r4 = 1.86459191715652901344e-02;
static const double r5 = 7.77942496381893596434e-04;
static const double r6 = 7.32668430744625636189e-06;
static const double w0 = 4.18938533204672725052e-01;
static const double w1 = 8.33333333333329678849e-02;
static const double w2 = -2.77777777728775536470e-03;
static const double w3 = 7.93650558643019558500e-04;
static const double w4 = -5.95187557450339963135e-04;
static const double w5 = 8.36339918996282139126e-04;
static const double w6 = -1.63092934096575273989e-03;

static double lgamma_with_sign(double x, int *sign) {
  double t, y, z, nadj = 0.0, p, p1, p2, p3, q, r, w;
  int i, hx = HIGH(x), ix = hx & 0x7fffffff;
  unsigned int lx = LOW(x);
  *sign = 1;
  if (ix >= 0x7ff00000) return x * x;
  if (x == 0.0) {
    if (signbit(x)) *sign = -1;
    return __libc_range_error(HUGE_VAL);
  }
  if (ix < 0x3b900000) { /* |x| < 2^-70 */
    if (hx < 0) {
      *sign = -1;
      return -log(-x);
    }
    return -log(x);
  }
  if (hx < 0) {
    if (ix >= 0x43300000) return __libc_range_error(HUGE_VAL); /* a negative integer */
    t = sin_pi(x);
    if (t == 0.0) return __libc_range_error(HUGE_VAL);
    nadj = log(pi / fabs(t * x));
    if (t < 0.0) *sign = -1;
    x = -x;
  }
  if (((ix - 0x3ff00000) | (int)lx) == 0 || ((ix - 0x40000000) | (int)lx) == 0) {
    r = 0.0; /* lgamma(1) = lgamma(2) = 0 */
  } else if (ix < 0x40000000) { /* x < 2 */
    if (ix <= 0x3feccccc) {     /* lgamma(x) = lgamma(x + 1) - log(x) */
      r = -log(x);
      if (ix >= 0x3fe76944) {
        y = 1.0 - x;
        i = 0;
      } else if (ix >= 0x3fcda661) {
        y = x - (tc - 1.0);
        i = 1;
      } else {
        y = x;
        i = 2;
      }
    } else {
      r = 0.0;
      if (ix >= 0x3ffbb4c3) { /* [1.7316, 2] */
        y = 2.0 - x;
        i = 0;
      } else if (ix >= 0x3ff3b4c4) { /* [1.23, 1.73] */
        y = x - tc;
        i = 1;
      } else {
        y = x - 1.0;
        i = 2;
      }
    }
    if (i == 0) {
      z = y * y;
      p1 = a0 + z * (a2 + z * (a4 + z * (a6 + z * (a8 + z * a10))));
      p2 = z * (a1 + z * (a3 + z * (a5 + z * (a7 + z * (a9 + z * a11)))));
      p = y * p1 + p2;
      r += p - 0.5 * y;
    } else if (i == 1) {
      z = y * y;
      w = z * y;
      p1 = t0 + w * (t3 + w * (t6 + w * (t9 + w * t12)));
      p2 = t1 + w * (t4 + w * (t7 + w * (t10 + w * t13)));
      p3 = t2 + w * (t5 + w * (t8 + w * (t11 + w * t14)));
      p = z * p1 - (tt - w * (p2 + y * p3));
      r += tf + p;
    } else {
      p1 = y * (u0 + y * (u1 + y * (u2 + y * (u3 + y * (u4 + y * u5)))));
      p2 = 1.0 + y * (v1 + y * (v2 + y * (v3 + y * (v4 + y * v5))));
      r += -0.5 * y + p1 / p2;
    }
  } else if (ix < 0x40200000) { /* x < 8: reduce to [2, 3] */
    i = (int)x;
    y = x - (double)i;
    p = y * (s0 + y * (s1 + y * (s2 + y * (s3 + y * (s4 + y * (s5 + y * s6))))));
    q = 1.0 + y * (r1 + y * (r2 + y * (r3 + y * (r4 + y * (r5 + y * r6)))));
    r = 0.5 * y + p / q;
    z = 1.0;
    for (; i > 2; i--) z *= y + (double)(i - 1);
    if (z != 1.0) r += log(z);
  } else if (ix < 0x43900000) { /* x < 2^58: Stirling */
    t = log(x);
    z = 1.0 / x;
    y = z * z;
    w = w0 + z * (w1 + y * (w2 + y * (w3 + y * (w4 + y * (w5 + y * w6)))));
    r = (x - 0.5) * (t - 1.0) + w;
  } else {
    r = x * (log(x) - 1.0);
  }
  if (hx < 0) r = nadj - r;
  return r;
}

double lgamma(double x) {
  double result = lgamma_with_sign(x, &signgam);
  if (isinf(result) && isfinite(x)) errno = ERANGE;
  return result;
}

/* Gamma(x) for 1 <= x < 172: Gamma(x) = (x-1)(x-2)...(x-n) Gamma(x - n) with x - n in [1, 2). Each factor */
/* is exact; their product is kept in double-double (Dekker's exact products), scaled to stay clear of */
/* overflow, so it adds almost no error; Gamma on [1, 2] is exp(lgamma), whose result there is small. */
static double gamma_from_one(double x) {
  double high = 1.0, low = 0.0, reduced = x, base;
  int scale = 0, sign;
  while (reduced >= 2.0) {
    double factor = reduced - 1.0; /* exact */
    double product = high * factor, c, h1, l1, h2, l2, error, sum;
    reduced = factor;
    c = 134217729.0 * high;
    h1 = c - (c - high);
    l1 = high - h1;
    c = 134217729.0 * factor;
    h2 = c - (c - factor);
    l2 = factor - h2;
    error = ((h1 * h2 - product) + h1 * l2 + l1 * h2) + l1 * l2;
    low = low * factor + error;
    sum = product + low;
    low = low - (sum - product);
    high = sum;
    if (high > 1e150) {
      high *= __libc_bits_double((1023UL - 500) << 52); /* 2^-500 */
      low *= __libc_bits_double((1023UL - 500) << 52);
      scale += 500;
    }
  }
  base = exp(lgamma_with_sign(reduced, &sign));
  return scalbn(high * base + low * base, scale);
}

double tgamma(double x) {
  static const double factorials[] = {
      1.0,          1.0,           2.0,            6.0,             24.0,             120.0,
      720.0,        5040.0,        40320.0,        362880.0,        3628800.0,        39916800.0,
      479001600.0,  6227020800.0,  87178291200.0,  1307674368000.0, 20922789888000.0, 355687428096000.0,
      6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
      1124000727777607680000.0,
  };
  double result;
  if (isnan(x)) return x + x;
  if (x == 0.0) return __libc_range_error(signbit(x) ? -HUGE_VAL : HUGE_VAL);
  if (isinf(x)) return x > 0.0 ? x : __libc_domain_error();
  if (x == floor(x)) {
    if (x < 0.0) return __libc_domain_error();
    if (x <= 23.0) return factorials[(int)x - 1];
  }
  if (x > 171.62) return __libc_range_error(HUGE_VAL);
  if (x >= 1.0) return gamma_from_one(x);
  if (x > 0.0) {
    /* Gamma(x) = Gamma(1 + x) / x: rounding 1 + x moves Gamma(1 + x) by far less than an ulp. */
    int sign;
    result = exp(lgamma_with_sign(1.0 + x, &sign)) / x;
    if (isinf(result)) errno = ERANGE;
    return result;
  }
  /* Reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x). Below -1, 1 - x would round (costing hundreds */
  /* of ulps), so Gamma(1 - x) is taken as -x Gamma(-x), whose argument is exact. */
  if (x > -1.0) {
    result = pi / (sin_pi(x) * gamma_from_one(1.0 - x));
  } else if (x > -171.62) {
    /* One division at a time: the product of the divisors can overflow where the result does not. */
    result = ((pi / sin_pi(x)) / gamma_from_one(-x)) / -x;
  } else {
    int sign;
    result = (pi / sin_pi(x)) * exp(-lgamma_with_sign(1.0 - x, &sign));
  }
  if (result == 0.0 || fabs(result) < 2.2250738585072014e-308 || isinf(result)) errno = ERANGE;
  return result;
}
