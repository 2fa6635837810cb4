/* strtod.c: strtod, strtof, strtold and atof, correctly rounded. Decimal input is converted exactly: */
/* the digits become a big integer D and the value D x 10^E is reduced to 64 leading bits plus a sticky */
/* bit (by multiplication when E >= 0, by long division by 5^-E when E < 0), then rounded once, half to */
/* even, at the precision of the result (53 or 24 bits, fewer when it is subnormal). */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "libc.h"

#define MAX_SIGNIFICANT_DIGITS 800
#define MAX_LIMBS 128

/* A non-negative integer in base 2^32, least significant limb first. */
struct big {
  unsigned int limbs[MAX_LIMBS];
  int count;
};

static void big_set(struct big *b, unsigned long value) {
  b->count = 0;
  while (value != 0) {
    b->limbs[b->count++] = (unsigned int)value;
    value >>= 32;
  }
}

static void big_multiply_add(struct big *b, unsigned int factor, unsigned int addend) {
  unsigned long carry = addend;
  int i;
  for (i = 0; i < b->count; i++) {
    unsigned long product = (unsigned long)b->limbs[i] * factor + carry;
    b->limbs[i] = (unsigned int)product;
    carry = product >> 32;
  }
  if (carry != 0) b->limbs[b->count++] = (unsigned int)carry;
}

static void big_multiply_power(struct big *b, unsigned int base, int exponent) {
  /* The largest powers of 5 and 10 that fit in 32 bits. */
  unsigned int step = base == 5 ? 1220703125u : 1000000000u;
  int step_exponent = base == 5 ? 13 : 9;
  while (exponent >= step_exponent) {
    big_multiply_add(b, step, 0);
    exponent -= step_exponent;
  }
  if (exponent > 0) {
    unsigned int power = 1;
    while (exponent-- > 0) power *= base;
    big_multiply_add(b, power, 0);
  }
}

static int big_bit_length(const struct big *b) {
  unsigned int top;
  int bits;
  if (b->count == 0) return 0;
  top = b->limbs[b->count - 1];
  bits = 32 * (b->count - 1);
  while (top != 0) {
    bits++;
    top >>= 1;
  }
  return bits;
}

static int big_bit(const struct big *b, int index) {
  if (index < 0 || index / 32 >= b->count) return 0;
  return (int)((b->limbs[index / 32] >> (index % 32)) & 1);
}

/* Whether any bit below index is set. */
static int big_any_below(const struct big *b, int index) {
  int limb;
  for (limb = 0; limb < b->count && limb * 32 < index; limb++) {
    unsigned int bits = b->limbs[limb];
    if ((limb + 1) * 32 > index) bits &= (1u << (index % 32)) - 1;
    if (bits != 0) return 1;
  }
  return 0;
}

static void big_shift_left(struct big *b, int shift) {
  int limbs = shift / 32, bits = shift % 32, i;
  if (b->count == 0) return;
  b->limbs[b->count] = 0;
  for (i = b->count; i >= 0; i--) {
    unsigned int high = b->limbs[i] << bits;
    unsigned int low = bits != 0 && i > 0 ? b->limbs[i - 1] >> (32 - bits) : 0;
    b->limbs[i + limbs] = high | low;
  }
  for (i = 0; i < limbs; i++) b->limbs[i] = 0;
  b->count += limbs + 1;
  while (b->count > 0 && b->limbs[b->count - 1] == 0) b->count--;
}

static void big_shift_right_one(struct big *b) {
  int i;
  for (i = 0; i < b->count; i++) {
    unsigned int next = i + 1 < b->count ? b->limbs[i + 1] : 0;
    b->limbs[i] = (b->limbs[i] >> 1) | (next << 31);
  }
  while (b->count > 0 && b->limbs[b->count - 1] == 0) b->count--;
}

static int big_compare(const struct big *a, const struct big *b) {
  int i;
  if (a->count != b->count) return a->count < b->count ? -1 : 1;
  for (i = a->count - 1; i >= 0; i--) {
    if (a->limbs[i] != b->limbs[i]) return a->limbs[i] < b->limbs[i] ? -1 : 1;
  }
  return 0;
}

/* a -= b, where a >= b. */
static void big_subtract(struct big *a, const struct big *b) {
  long borrow = 0;
  int i;
  for (i = 0; i < a->count; i++) {
    long difference = (long)a->limbs[i] - (i < b->count ? (long)b->limbs[i] : 0) - borrow;
    borrow = difference < 0;
    a->limbs[i] = (unsigned int)(difference + (borrow ? 4294967296L : 0));
  }
  while (a->count > 0 && a->limbs[a->count - 1] == 0) a->count--;
}

/* The top 64 bits of b (at least one set) and their weight: b = (top + fraction) x 2^*exponent. */
static unsigned long big_top_bits(const struct big *b, int *exponent, int *sticky) {
  int length = big_bit_length(b), i;
  unsigned long top = 0;
  for (i = 0; i < 64; i++) top = (top << 1) | (unsigned long)big_bit(b, length - 1 - i);
  *exponent = length - 64;
  *sticky = length > 64 && big_any_below(b, length - 64);
  return top;
}

/* 2^exponent, for exponents a double can hold exactly. */
static double power_of_two(int exponent) {
  if (exponent >= -1022) return __libc_bits_double((unsigned long)(exponent + 1023) << 52);
  return __libc_bits_double(1ul << (exponent + 1074));
}

double __libc_round_binary(unsigned long mantissa, int exponent, int sticky, int mantissa_bits) {
  int lowest_exponent = mantissa_bits == 53 ? -1074 : -149;
  int highest_exponent = mantissa_bits == 53 ? 1023 : 127;
  int lead, lsb, shift, half, rest;
  unsigned long kept;
  while ((mantissa >> 63) == 0) {
    mantissa <<= 1;
    exponent--;
  }
  lead = exponent + 63;
  lsb = lead - mantissa_bits + 1;
  if (lsb < lowest_exponent) lsb = lowest_exponent;
  shift = lsb - exponent;
  if (shift > 64) {
    kept = 0;
    half = 0;
    rest = 1;
  } else if (shift == 64) {
    kept = 0;
    half = (int)(mantissa >> 63);
    rest = (mantissa << 1) != 0 || sticky;
  } else {
    kept = mantissa >> shift;
    half = (int)((mantissa >> (shift - 1)) & 1);
    rest = (mantissa & ((1ul << (shift - 1)) - 1)) != 0 || sticky;
  }
  if (half && (rest || (kept & 1) != 0)) {
    kept++;
    if (kept >> mantissa_bits != 0) {
      kept >>= 1;
      lsb++;
    }
  }
  if (lsb + mantissa_bits - 1 > highest_exponent) {
    errno = ERANGE;
    return HUGE_VAL;
  }
  /* Underflow, as IEEE 754 and glibc define it: inexact, and tiny after rounding to full precision with */
  /* an unbounded exponent. A value just below the smallest normal can round up to it and not be tiny. */
  if ((half || rest) && lead < lowest_exponent + mantissa_bits - 1) {
    unsigned long all_ones = (1UL << mantissa_bits) - 1;
    int rounds_to_normal = lead == lowest_exponent + mantissa_bits - 2 &&
                           (mantissa >> (64 - mantissa_bits)) == all_ones &&
                           ((mantissa >> (63 - mantissa_bits)) & 1) != 0;
    if (!rounds_to_normal) errno = ERANGE;
  }
  if (kept == 0) return 0.0;
  return (double)kept * power_of_two(lsb);
}

static int digit_value(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* Case-insensitive match of a lower-case word; its length, or 0. */
static int match_word(const char *s, const char *word) {
  int i;
  for (i = 0; word[i] != '\0'; i++) {
    if (tolower((unsigned char)s[i]) != word[i]) return 0;
  }
  return i;
}

static double parse_hex(const char *s, const char **end, int mantissa_bits) {
  unsigned long mantissa = 0;
  int exponent = 0, sticky = 0, digits = 0, point = 0;
  for (;; s++) {
    int value = digit_value((unsigned char)*s);
    if (*s == '.' && !point) {
      point = 1;
      continue;
    }
    if (value >= 16) break;
    digits++;
    if ((mantissa >> 60) == 0) {
      mantissa = mantissa * 16 + (unsigned long)value;
      if (point) exponent -= 4;
    } else {
      if (value != 0) sticky = 1;
      if (!point) exponent += 4;
    }
  }
  if (digits == 0) return -1.0;
  if (*s == 'p' || *s == 'P') {
    const char *p = s + 1;
    int negative = 0;
    long value = 0;
    if (*p == '+' || *p == '-') negative = *p++ == '-';
    if (*p >= '0' && *p <= '9') {
      while (*p >= '0' && *p <= '9') {
        if (value < 100000) value = value * 10 + (*p - '0');
        p++;
      }
      exponent += (int)(negative ? -value : value);
      s = p;
    }
  }
  *end = s;
  if (mantissa == 0) return 0.0;
  return __libc_round_binary(mantissa, exponent, sticky, mantissa_bits);
}

/* The exact value of digits[0..count) x 10^exponent, rounded. */
static double convert_decimal(const char *digits, int count, int exponent, int mantissa_bits) {
  static struct big numerator, denominator;
  unsigned long top;
  int binary_exponent, sticky, i;
  int largest = mantissa_bits == 53 ? 310 : 40;
  int smallest = mantissa_bits == 53 ? -324 : -46;

  /* The value lies in [10^(count+exponent-1), 10^(count+exponent)): far outside the range, no work. */
  if (count + exponent > largest) {
    errno = ERANGE;
    return HUGE_VAL;
  }
  if (count + exponent < smallest) {
    errno = ERANGE;
    return 0.0;
  }
  if (count <= 19 && exponent >= 0 && count + exponent <= 19 && mantissa_bits == 53) {
    unsigned long value = 0;
    for (i = 0; i < count; i++) value = value * 10 + (unsigned long)(digits[i] - '0');
    for (i = 0; i < exponent; i++) value *= 10;
    return (double)value;
  }
  if (count <= 15 && exponent >= -22 && exponent <= 22 && mantissa_bits == 53) {
    /* Both operands are exact doubles, so one correctly rounded operation gives the answer. */
    static const double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    double value = 0.0;
    for (i = 0; i < count; i++) value = value * 10.0 + (double)(digits[i] - '0');
    return exponent >= 0 ? value * powers[exponent] : value / powers[-exponent];
  }

  big_set(&numerator, 0);
  for (i = 0; i < count; i++) {
    if (numerator.count == 0) big_set(&numerator, (unsigned long)(digits[i] - '0'));
    else big_multiply_add(&numerator, 10, (unsigned int)(digits[i] - '0'));
  }
  if (exponent >= 0) {
    big_multiply_power(&numerator, 10, exponent);
    top = big_top_bits(&numerator, &binary_exponent, &sticky);
    return __libc_round_binary(top, binary_exponent, sticky, mantissa_bits);
  }

  /* D / 10^k = (D / 5^k) x 2^-k. Scale D by 2^shift so that the quotient has about 60 bits. */
  big_set(&denominator, 1);
  big_multiply_power(&denominator, 5, -exponent);
  {
    int shift = 60 - (big_bit_length(&numerator) - big_bit_length(&denominator));
    unsigned long quotient = 0;
    int bit;
    if (shift > 0) big_shift_left(&numerator, shift);
    else big_shift_left(&denominator, -shift);
    /* Restoring division: the quotient is below 2^62, so try each of its bits from 2^62 down. */
    big_shift_left(&denominator, 62);
    for (bit = 62; bit >= 0; bit--) {
      if (big_compare(&numerator, &denominator) >= 0) {
        big_subtract(&numerator, &denominator);
        quotient |= 1ul << bit;
      }
      big_shift_right_one(&denominator);
    }
    return __libc_round_binary(quotient, exponent - shift, numerator.count != 0, mantissa_bits);
  }
}

double __libc_parse_float(const char *string, char **end, int mantissa_bits) {
  static char digits[MAX_SIGNIFICANT_DIGITS + 1];
  const char *s = string;
  int negative = 0, count = 0, any_digit = 0, point = 0, dropped = 0, length;
  long exponent = 0;
  double value;

  while (isspace((unsigned char)*s)) s++;
  if (*s == '+' || *s == '-') negative = *s++ == '-';

  if ((length = match_word(s, "inf")) != 0) {
    s += length;
    if ((length = match_word(s, "inity")) != 0) s += length;
    if (end != NULL) *end = (char *)s;
    return negative ? -HUGE_VAL : HUGE_VAL;
  }
  if ((length = match_word(s, "nan")) != 0) {
    s += length;
    if (*s == '(') {
      const char *p = s + 1;
      while (isalnum((unsigned char)*p) || *p == '_') p++;
      if (*p == ')') s = p + 1;
    }
    if (end != NULL) *end = (char *)s;
    /* A NaN from its bits: 0.0 / 0.0 computed at run time is negative on some machines. */
    value = __libc_bits_double(0x7ff8000000000000UL);
    return negative ? -value : value;
  }
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    const char *after;
    value = parse_hex(s + 2, &after, mantissa_bits);
    if (value >= 0.0) {
      if (end != NULL) *end = (char *)after;
      return negative ? -value : value;
    }
    /* "0x" without hex digits is the number 0 followed by an x. */
    if (end != NULL) *end = (char *)(s + 1);
    return negative ? -0.0 : 0.0;
  }

  for (;; s++) {
    if (*s == '.' && !point) {
      point = 1;
      continue;
    }
    if (*s < '0' || *s > '9') break;
    any_digit = 1;
    if (*s == '0' && count == 0) {
      if (point) exponent--;
      continue;
    }
    if (count < MAX_SIGNIFICANT_DIGITS) {
      digits[count++] = *s;
      if (point) exponent--;
    } else {
      /* Beyond 800 digits only whether anything is left matters; a 1 in the next place says so, and */
      /* no halfway point between doubles has that many digits, so rounding comes out the same. */
      if (*s != '0') dropped = 1;
      if (!point) exponent++;
    }
  }
  if (!any_digit) {
    if (end != NULL) *end = (char *)string;
    return 0.0;
  }
  if (*s == 'e' || *s == 'E') {
    const char *p = s + 1;
    int exponent_negative = 0;
    long value10 = 0;
    if (*p == '+' || *p == '-') exponent_negative = *p++ == '-';
    if (*p >= '0' && *p <= '9') {
      while (*p >= '0' && *p <= '9') {
        if (value10 < 1000000) value10 = value10 * 10 + (*p - '0');
        p++;
      }
      exponent += exponent_negative ? -value10 : value10;
      s = p;
    }
  }
  if (end != NULL) *end = (char *)s;
  if (count == 0) return negative ? -0.0 : 0.0;
  if (dropped) {
    digits[count++] = '1';
    exponent--;
  }
  while (count > 0 && digits[count - 1] == '0') {
    count--;
    exponent++;
  }
  if (exponent > 100000) exponent = 100000;
  if (exponent < -100000) exponent = -100000;
  value = convert_decimal(digits, count, (int)exponent, mantissa_bits);
  return negative ? -value : value;
}

double strtod(const char *string, char **end) { return __libc_parse_float(string, end, 53); }

float strtof(const char *string, char **end) {
  double value = __libc_parse_float(string, end, 24);
  /* An overflow came back as a double infinity: it is the float one too. */
  return (float)value;
}

long double strtold(const char *string, char **end) { return __libc_parse_float(string, end, 53); }

double atof(const char *string) { return strtod(string, NULL); }
