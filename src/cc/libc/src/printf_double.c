/* printf_double.c: %e %f %g %a for printf, printing exactly what glibc prints. A double is a binary */
/* fraction, so its decimal expansion is finite: we compute all of it with a base-1e9 big integer */
/* (at most 767 significant digits), then round that digit string half to even, as glibc does. */
#include <string.h>

#include "libc.h"

#define LIMB_BASE 1000000000u
#define MAX_LIMBS 90
#define MAX_DIGITS (MAX_LIMBS * 9)

/* value = 0.digits[0] digits[1] ... digits[count-1] x 10^point, without trailing zeros; count 0 is zero. */
struct decimal {
  char digits[MAX_DIGITS];
  int count;
  int point;
};

/* limbs[0..*count) = limbs * factor; factor * (LIMB_BASE - 1) + carry must fit in 64 bits. */
static void multiply_limbs(unsigned int *limbs, int *count, unsigned long factor) {
  unsigned long carry = 0;
  int i;
  for (i = 0; i < *count; i++) {
    unsigned long product = (unsigned long)limbs[i] * factor + carry;
    limbs[i] = (unsigned int)(product % LIMB_BASE);
    carry = product / LIMB_BASE;
  }
  while (carry != 0) {
    limbs[(*count)++] = (unsigned int)(carry % LIMB_BASE);
    carry /= LIMB_BASE;
  }
}

/* Expands mantissa x 2^exponent (mantissa > 0, below 2^53) into decimal. */
static void expand(struct decimal *out, unsigned long mantissa, int exponent) {
  unsigned int limbs[MAX_LIMBS];
  int count = 0, i, length = 0;
  while (mantissa != 0) {
    limbs[count++] = (unsigned int)(mantissa % LIMB_BASE);
    mantissa /= LIMB_BASE;
  }
  if (exponent >= 0) {
    int left = exponent;
    while (left >= 29) {
      multiply_limbs(limbs, &count, 1ul << 29);
      left -= 29;
    }
    multiply_limbs(limbs, &count, 1ul << left);
  } else {
    /* m / 2^k = m * 5^k / 10^k: the digits of m * 5^k, with the point k places from the right. */
    int left = -exponent;
    while (left >= 13) {
      multiply_limbs(limbs, &count, 1220703125ul); /* 5^13 */
      left -= 13;
    }
    {
      unsigned long power = 1;
      while (left-- > 0) power *= 5;
      multiply_limbs(limbs, &count, power);
    }
  }
  for (i = count - 1; i >= 0; i--) {
    unsigned int limb = limbs[i];
    char group[9];
    int j, first = 0;
    for (j = 8; j >= 0; j--) {
      group[j] = (char)('0' + limb % 10);
      limb /= 10;
    }
    if (i == count - 1) {
      while (first < 8 && group[first] == '0') first++;
    }
    for (j = first; j < 9; j++) out->digits[length++] = group[j];
  }
  out->point = exponent >= 0 ? length : length + exponent;
  while (length > 0 && out->digits[length - 1] == '0') length--;
  out->count = length;
}

/* Rounds to the first keep digits, half to even (keep may be zero or negative). */
static void round_decimal(struct decimal *d, int keep) {
  int up, i;
  if (keep >= d->count) return;
  if (keep < 0) {
    d->count = 0;
    return;
  }
  if (keep == 0) {
    /* The kept part is 0, which is even: only more than half rounds up. */
    up = d->digits[0] > '5' || (d->digits[0] == '5' && d->count > 1);
  } else {
    char decider = d->digits[keep];
    up = decider > '5' || (decider == '5' && (d->count > keep + 1 || (d->digits[keep - 1] - '0') % 2 == 1));
  }
  d->count = keep;
  if (up) {
    for (i = keep - 1; i >= 0 && d->digits[i] == '9'; i--) d->count = i;
    if (i < 0) {
      d->digits[0] = '1';
      d->count = 1;
      d->point++;
    } else {
      d->digits[i]++;
    }
  }
  while (d->count > 0 && d->digits[d->count - 1] == '0') d->count--;
}

/* Emits digits[from..to), with zeros where the expansion has none. */
static void put_digits(struct __libc_sink *sink, const struct decimal *d, int from, int to) {
  if (from < 0) {
    int zeros = (to < 0 ? to : 0) - from;
    __libc_sink_pad(sink, '0', zeros);
    from = 0;
  }
  if (from < to && from < d->count) {
    int end = to < d->count ? to : d->count;
    __libc_sink_put(sink, d->digits + from, (size_t)(end - from));
    from = end;
  }
  if (from < to) __libc_sink_pad(sink, '0', to - from);
}

/* Pads and prints: sign, then body; body_length is what the body will emit. */
static void pad_before(struct __libc_sink *sink, const char *sign, long body_length, int flags, int width,
                       int zero_allowed) {
  long total = (long)strlen(sign) + body_length;
  long padding = width > total ? width - total : 0;
  int zero = zero_allowed && (flags & __LIBC_FLAG_ZERO) != 0 && (flags & __LIBC_FLAG_LEFT) == 0;
  if (!zero && (flags & __LIBC_FLAG_LEFT) == 0) __libc_sink_pad(sink, ' ', padding);
  __libc_sink_put(sink, sign, strlen(sign));
  if (zero) __libc_sink_pad(sink, '0', padding);
}

static void pad_after(struct __libc_sink *sink, const char *sign, long body_length, int flags, int width) {
  long total = (long)strlen(sign) + body_length;
  if ((flags & __LIBC_FLAG_LEFT) != 0 && width > total) __libc_sink_pad(sink, ' ', width - total);
}

static int exponent_length(int exponent) {
  int magnitude = exponent < 0 ? -exponent : exponent;
  return magnitude >= 1000 ? 4 : magnitude >= 100 ? 3 : 2;
}

static void put_exponent(struct __libc_sink *sink, char letter, int exponent, int minimum_digits) {
  char text[8];
  int length = 0, magnitude = exponent < 0 ? -exponent : exponent, i;
  char digits[6];
  int count = 0;
  text[length++] = letter;
  text[length++] = exponent < 0 ? '-' : '+';
  do {
    digits[count++] = (char)('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  while (count < minimum_digits) digits[count++] = '0';
  for (i = count - 1; i >= 0; i--) text[length++] = digits[i];
  __libc_sink_put(sink, text, (size_t)length);
}

/* %a: hexadecimal, 1.hhhh for normal numbers and 0.hhhh for subnormal ones, as glibc does. */
static void format_hex(struct __libc_sink *sink, const char *sign, unsigned long bits, int upper, int flags,
                       int width, int precision) {
  const char *alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  unsigned long fraction = bits & 0xfffffffffffffUL;
  int biased = (int)((bits >> 52) & 0x7ff);
  int lead = biased == 0 ? 0 : 1;
  int exponent = biased == 0 ? (fraction == 0 ? 0 : -1022) : biased - 1023;
  char hex[13];
  int digits = 13, i, point;
  long body_length;
  if (precision >= 0 && precision < 13) {
    int drop = 4 * (13 - precision);
    unsigned long kept = fraction >> drop;
    unsigned long rest = fraction & ((1UL << drop) - 1);
    unsigned long half = 1UL << (drop - 1);
    /* Ties go to even; with no fraction digits left, the leading digit is the one that must be even. */
    int odd = precision == 0 ? (lead & 1) : (int)(kept & 1);
    if (rest > half || (rest == half && odd)) {
      kept++;
      /* A carry out of the fraction goes into the leading digit, which glibc lets become 2. */
      if ((kept >> (4 * precision)) != 0) {
        lead++;
        kept &= (1UL << (4 * precision)) - 1;
      }
    }
    fraction = kept << drop;
  }
  for (i = 12; i >= 0; i--) {
    hex[i] = alphabet[fraction & 15];
    fraction >>= 4;
  }
  if (precision < 0) {
    while (digits > 0 && hex[digits - 1] == '0') digits--;
    precision = digits;
  } else if (precision < digits) {
    digits = precision;
  }
  point = precision > 0 || (flags & __LIBC_FLAG_ALTERNATE) != 0;
  /* "0x", the leading digit, the point, the digits, "p", the exponent's sign and its digits. */
  body_length = 2 + 1 + point + precision + 2 + exponent_length(exponent) - (exponent > -10 && exponent < 10);
  {
    char prefix[4];
    long total = (long)strlen(sign) + body_length;
    long padding = width > total ? width - total : 0;
    int zero = (flags & __LIBC_FLAG_ZERO) != 0 && (flags & __LIBC_FLAG_LEFT) == 0;
    prefix[0] = '0';
    prefix[1] = upper ? 'X' : 'x';
    prefix[2] = alphabet[lead];
    prefix[3] = '.';
    if (!zero && (flags & __LIBC_FLAG_LEFT) == 0) __libc_sink_pad(sink, ' ', padding);
    __libc_sink_put(sink, sign, strlen(sign));
    __libc_sink_put(sink, prefix, 2);
    if (zero) __libc_sink_pad(sink, '0', padding);
    __libc_sink_put(sink, prefix + 2, (size_t)(1 + point));
    __libc_sink_put(sink, hex, (size_t)digits);
    __libc_sink_pad(sink, '0', precision - digits);
    put_exponent(sink, upper ? 'P' : 'p', exponent, 1);
    if ((flags & __LIBC_FLAG_LEFT) != 0) __libc_sink_pad(sink, ' ', padding);
  }
}

void __libc_format_double(struct __libc_sink *sink, double value, int conversion, int flags, int width,
                          int precision) {
  static struct decimal d; /* 800 bytes: kept off the stack; printf is not reentrant anyway */
  unsigned long bits = __libc_double_bits(value);
  int negative = (int)(bits >> 63);
  int biased = (int)((bits >> 52) & 0x7ff);
  unsigned long fraction = bits & 0xfffffffffffffUL;
  int upper = conversion == 'E' || conversion == 'F' || conversion == 'G' || conversion == 'A';
  const char *sign = negative                               ? "-"
                     : (flags & __LIBC_FLAG_PLUS) != 0  ? "+"
                     : (flags & __LIBC_FLAG_SPACE) != 0 ? " "
                                                        : "";
  int alternate = (flags & __LIBC_FLAG_ALTERNATE) != 0;
  long body_length;

  if (biased == 0x7ff) {
    const char *text = fraction != 0 ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    pad_before(sink, sign, 3, flags, width, 0);
    __libc_sink_put(sink, text, 3);
    pad_after(sink, sign, 3, flags, width);
    return;
  }
  if (conversion == 'a' || conversion == 'A') {
    format_hex(sink, sign, bits, upper, flags, width, precision);
    return;
  }
  if (precision < 0) precision = 6;
  if (biased == 0 && fraction == 0) {
    d.count = 0;
    d.point = 1;
  } else if (biased == 0) {
    expand(&d, fraction, -1074);
  } else {
    expand(&d, fraction | (1UL << 52), biased - 1075);
  }

  if (conversion == 'g' || conversion == 'G') {
    int exponent, unrounded_exponent = d.point - 1;
    if (precision == 0) precision = 1;
    round_decimal(&d, precision);
    exponent = d.count == 0 ? 0 : d.point - 1;
    if (exponent < precision && exponent >= -4) {
      conversion = upper ? 'F' : 'f';
      precision = precision - 1 - exponent;
    } else {
      conversion = upper ? 'E' : 'e';
      /* glibc chooses the style before rounding: when rounding carries the exponent up to the precision */
      /* (999999.5 with %#g), it keeps the f style's count of fraction digits, zero, and prints 1.e+06. */
      precision = unrounded_exponent == precision - 1 && exponent == precision ? 0 : precision - 1;
    }
    if (!alternate) {
      /* Without #, %g drops trailing zeros: show only the digits the expansion has. */
      int shown = conversion == 'e' || conversion == 'E' ? d.count - 1 : d.count - d.point;
      if (shown < 0) shown = 0;
      if (shown < precision) precision = shown;
    }
  }

  if (conversion == 'e' || conversion == 'E') {
    int exponent;
    round_decimal(&d, precision + 1);
    exponent = d.count == 0 ? 0 : d.point - 1;
    body_length = 1 + (precision > 0 || alternate) + precision + 2 + exponent_length(exponent);
    pad_before(sink, sign, body_length, flags, width, 1);
    put_digits(sink, &d, 0, 1); /* zero has no digits: put_digits pads it with "0" */
    if (precision > 0 || alternate) __libc_sink_put(sink, ".", 1);
    put_digits(sink, &d, 1, 1 + precision);
    put_exponent(sink, upper ? 'E' : 'e', exponent, 2);
    pad_after(sink, sign, body_length, flags, width);
  } else {
    int integer_digits;
    round_decimal(&d, d.point + precision);
    if (d.count == 0) d.point = 1;
    integer_digits = d.point > 0 ? d.point : 1;
    body_length = integer_digits + (precision > 0 || alternate) + precision;
    pad_before(sink, sign, body_length, flags, width, 1);
    if (d.point > 0) put_digits(sink, &d, 0, d.point);
    else __libc_sink_put(sink, "0", 1);
    if (precision > 0 || alternate) __libc_sink_put(sink, ".", 1);
    put_digits(sink, &d, d.point, d.point + precision);
    pad_after(sink, sign, body_length, flags, width);
  }
}
