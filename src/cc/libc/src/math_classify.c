/* math_classify.c: the bits of a double, and the functions behind fpclassify, isnan, isinf, isfinite */
/* and signbit. */
#include <math.h>
#include <string.h>

#include "libc.h"

#ifndef __tessera__
/* On the VP a double travels as its bits, so sys.s defines these two as a bare return. */
unsigned long __libc_double_bits(double x) {
  unsigned long bits;
  memcpy(&bits, &x, sizeof bits);
  return bits;
}

double __libc_bits_double(unsigned long bits) {
  double x;
  memcpy(&x, &bits, sizeof x);
  return x;
}
#endif

int __tessera_fpclassify(double x) {
  unsigned long bits = __libc_double_bits(x);
  unsigned long exponent = (bits >> 52) & 0x7ff;
  unsigned long fraction = bits & 0xfffffffffffffUL;
  if (exponent == 0x7ff) return fraction != 0 ? FP_NAN : FP_INFINITE;
  if (exponent == 0) return fraction != 0 ? FP_SUBNORMAL : FP_ZERO;
  return FP_NORMAL;
}

int __tessera_fpclassifyf(float x) {
  unsigned int bits;
  unsigned int exponent, fraction;
  memcpy(&bits, &x, sizeof bits);
  exponent = (bits >> 23) & 0xff;
  fraction = bits & 0x7fffff;
  if (exponent == 0xff) return fraction != 0 ? FP_NAN : FP_INFINITE;
  if (exponent == 0) return fraction != 0 ? FP_SUBNORMAL : FP_ZERO;
  return FP_NORMAL;
}

int __tessera_isnan(double x) { return __tessera_fpclassify(x) == FP_NAN; }
/* glibc's isinf gives -1 for negative infinity; programs print it. */
int __tessera_isinf(double x) {
  if (__tessera_fpclassify(x) != FP_INFINITE) return 0;
  return __tessera_signbit(x) ? -1 : 1;
}
int __tessera_isfinite(double x) { return ((__libc_double_bits(x) >> 52) & 0x7ff) != 0x7ff; }
int __tessera_signbit(double x) { return (int)(__libc_double_bits(x) >> 63); }
