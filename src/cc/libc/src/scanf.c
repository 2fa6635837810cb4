/* scanf.c: the scanf family and its engine. Numbers are gathered as the longest text that could begin */
/* one, then converted by strtol/strtoul/strtod, which is how glibc behaves on partial input like "1e". */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "libc.h"

#define TEXT_LIMIT 1100

enum { SIZE_INT, SIZE_CHAR, SIZE_SHORT, SIZE_LONG, SIZE_LONG_LONG, SIZE_DOUBLE };

static int next_char(struct __libc_source *source) {
  int c;
  if (source->stream != NULL) {
    c = fgetc(source->stream);
  } else {
    c = *source->string == '\0' ? EOF : (unsigned char)*source->string;
    if (c != EOF) source->string++;
  }
  if (c != EOF) source->consumed++;
  return c;
}

static void give_back(struct __libc_source *source, int c) {
  if (c == EOF) return;
  source->consumed--;
  if (source->stream != NULL) ungetc(c, source->stream);
  else source->string--;
}

/* Skips white space; the first other character, still unread, or EOF. */
static int skip_space(struct __libc_source *source) {
  int c;
  do c = next_char(source);
  while (c != EOF && isspace(c));
  give_back(source, c);
  return c;
}

/* Collects characters while accept(c) says so, up to width; they go into text, NUL-terminated. */
struct collector {
  struct __libc_source *source;
  char text[TEXT_LIMIT + 1];
  int length;
  int width;
  int c; /* the lookahead: the next character, not yet taken */
};

static void collector_start(struct collector *k, struct __libc_source *source, int width) {
  k->source = source;
  k->length = 0;
  k->width = width > 0 && width < TEXT_LIMIT ? width : TEXT_LIMIT;
  k->c = next_char(source);
}

static int collector_full(const struct collector *k) { return k->length >= k->width; }

/* Takes the lookahead if it is one of chars (case-insensitive for letters); whether it did. */
static int take_if(struct collector *k, const char *chars) {
  if (collector_full(k) || k->c == EOF || strchr(chars, tolower(k->c)) == NULL) return 0;
  k->text[k->length++] = (char)k->c;
  k->c = next_char(k->source);
  return 1;
}

static int take_digit(struct collector *k, int base) {
  const char *digits = "0123456789abcdef";
  char allowed[17];
  memcpy(allowed, digits, (size_t)base);
  allowed[base] = '\0';
  return take_if(k, allowed);
}

/* Takes a whole lower-case word, or fails (having taken part of it, as glibc does). */
static int take_word(struct collector *k, const char *word) {
  char one[2];
  one[1] = '\0';
  for (; *word != '\0'; word++) {
    one[0] = *word;
    if (!take_if(k, one)) return 0;
  }
  return 1;
}

static void collector_finish(struct collector *k) {
  give_back(k->source, k->c);
  k->text[k->length] = '\0';
}

/* Integer text for base (0 means any prefix); whether it holds a number. */
static int collect_integer(struct collector *k, int *base) {
  int digits = 0;
  take_if(k, "+-");
  if ((*base == 0 || *base == 16) && take_if(k, "0")) {
    digits = 1;
    if (take_if(k, "x")) *base = 16;
    else if (*base == 0) *base = 8;
  }
  if (*base == 0) *base = 10;
  while (take_digit(k, *base)) digits++;
  return digits > 0;
}

static int collect_float(struct collector *k) {
  int digits = 0;
  take_if(k, "+-");
  if (k->c == 'i' || k->c == 'I') {
    if (!take_word(k, "inf")) return 0;
    if (!collector_full(k) && (k->c == 'i' || k->c == 'I')) return take_word(k, "inity");
    return 1;
  }
  if (k->c == 'n' || k->c == 'N') return take_word(k, "nan");
  if (take_if(k, "0")) {
    digits = 1;
    if (take_if(k, "x")) {
      while (take_digit(k, 16)) digits++;
      if (take_if(k, ".")) {
        while (take_digit(k, 16)) digits++;
      }
      if (take_if(k, "p")) {
        take_if(k, "+-");
        while (take_digit(k, 10)) {
        }
      }
      return 1;
    }
  }
  while (take_digit(k, 10)) digits++;
  if (take_if(k, ".")) {
    while (take_digit(k, 10)) digits++;
  }
  if (digits == 0) return 0;
  if (take_if(k, "e")) {
    take_if(k, "+-");
    while (take_digit(k, 10)) {
    }
  }
  return 1;
}

static void store_integer(void *target, int size, unsigned long value) {
  switch (size) {
  case SIZE_CHAR: *(char *)target = (char)value; break;
  case SIZE_SHORT: *(short *)target = (short)value; break;
  case SIZE_LONG: *(long *)target = (long)value; break;
  case SIZE_LONG_LONG: *(long long *)target = (long long)value; break;
  default: *(int *)target = (int)value; break;
  }
}

/* Parses a scanset after its '['; the format position after its ']'. */
static const char *parse_scanset(const char *format, unsigned char set[256]) {
  int invert = 0, i;
  memset(set, 0, 256);
  if (*format == '^') {
    invert = 1;
    format++;
  }
  if (*format == ']') {
    set[']'] = 1;
    format++;
  }
  while (*format != '\0' && *format != ']') {
    unsigned char low = (unsigned char)*format;
    if (format[1] == '-' && format[2] != ']' && format[2] != '\0' && (unsigned char)format[2] >= low) {
      unsigned char high = (unsigned char)format[2];
      for (i = low; i <= high; i++) set[i] = 1;
      format += 3;
    } else {
      set[low] = 1;
      format++;
    }
  }
  if (*format == ']') format++;
  if (invert) {
    for (i = 0; i < 256; i++) set[i] = !set[i];
  }
  return format;
}

int __libc_vscan(struct __libc_source *source, const char *format, va_list arguments) {
  static struct collector k;
  va_list ap;
  int assigned = 0, input_failure = 0;
  va_copy(ap, arguments);
  while (*format != '\0') {
    int suppress = 0, width = 0, size = SIZE_INT, conversion, c = 0;
    if (isspace((unsigned char)*format)) {
      while (isspace((unsigned char)*format)) format++;
      skip_space(source);
      continue;
    }
    if (*format != '%' || format[1] == '%') {
      if (*format == '%') {
        format++;
        skip_space(source);
      }
      c = next_char(source);
      if (c != (unsigned char)*format) {
        give_back(source, c);
        if (c == EOF) input_failure = 1;
        break;
      }
      format++;
      continue;
    }
    format++;
    if (*format == '*') {
      suppress = 1;
      format++;
    }
    while (*format >= '0' && *format <= '9') {
      if (width < INT_MAX / 10) width = width * 10 + (*format - '0');
      format++;
    }
    switch (*format) {
    case 'h':
      format++;
      size = SIZE_SHORT;
      if (*format == 'h') {
        format++;
        size = SIZE_CHAR;
      }
      break;
    case 'l':
      format++;
      size = SIZE_LONG;
      if (*format == 'l') {
        format++;
        size = SIZE_LONG_LONG;
      }
      break;
    case 'j':
    case 'z':
    case 't': format++; size = SIZE_LONG; break;
    case 'L':
      format++;
      size = SIZE_DOUBLE;
      break;
    default: break;
    }
    conversion = *format;
    if (conversion == '\0') break;
    format++;

    if (conversion == 'n') {
      if (!suppress) store_integer(va_arg(ap, void *), size, (unsigned long)source->consumed);
      continue;
    }
    if (conversion != 'c' && conversion != '[') {
      if (skip_space(source) == EOF) {
        input_failure = 1;
        break;
      }
    }

    if (conversion == 'd' || conversion == 'i' || conversion == 'u' || conversion == 'o' || conversion == 'x' ||
        conversion == 'X' || conversion == 'p') {
      int base = conversion == 'd' || conversion == 'u' ? 10 : conversion == 'i' ? 0 : conversion == 'o' ? 8 : 16;
      int ok;
      collector_start(&k, source, width);
      ok = collect_integer(&k, &base);
      collector_finish(&k);
      if (!ok) break;
      if (!suppress) {
        unsigned long value;
        if (conversion == 'd' || conversion == 'i') value = (unsigned long)strtol(k.text, NULL, base);
        else value = strtoul(k.text, NULL, base);
        if (conversion == 'p') *va_arg(ap, void **) = (void *)value;
        else store_integer(va_arg(ap, void *), size, value);
        assigned++;
      }
    } else if (conversion == 'f' || conversion == 'F' || conversion == 'e' || conversion == 'E' ||
               conversion == 'g' || conversion == 'G' || conversion == 'a' || conversion == 'A') {
      int ok;
      collector_start(&k, source, width);
      ok = collect_float(&k);
      collector_finish(&k);
      if (!ok) break;
      if (!suppress) {
        double value = strtod(k.text, NULL);
        if (size == SIZE_LONG) *va_arg(ap, double *) = value;
        else if (size == SIZE_DOUBLE) *va_arg(ap, long double *) = value;
        else *va_arg(ap, float *) = strtof(k.text, NULL);
        assigned++;
      }
    } else if (conversion == 's' || conversion == 'c' || conversion == '[') {
      static unsigned char set[256];
      char *target = suppress ? NULL : va_arg(ap, char *);
      int count = 0, limit;
      if (conversion == '[') format = parse_scanset(format, set);
      limit = width > 0 ? width : conversion == 'c' ? 1 : INT_MAX;
      while (count < limit) {
        c = next_char(source);
        if (c == EOF) break;
        if ((conversion == 's' && isspace(c)) || (conversion == '[' && !set[c])) {
          give_back(source, c);
          break;
        }
        if (target != NULL) target[count] = (char)c;
        count++;
      }
      if (count == 0) {
        if (c == EOF) input_failure = 1;
        break;
      }
      if (target != NULL && conversion != 'c') target[count] = '\0';
      if (!suppress) assigned++;
    } else {
      break;
    }
  }
  va_end(ap);
  /* glibc counts assignments here, not conversions: "%*d%d" on "5" is EOF. */
  if (input_failure && assigned == 0) return EOF;
  return assigned;
}

int vsscanf(const char *string, const char *format, va_list arguments) {
  struct __libc_source source;
  source.stream = NULL;
  source.string = string;
  source.consumed = 0;
  return __libc_vscan(&source, format, arguments);
}

int vfscanf(FILE *stream, const char *format, va_list arguments) {
  struct __libc_source source;
  source.stream = stream;
  source.string = NULL;
  source.consumed = 0;
  return __libc_vscan(&source, format, arguments);
}

int vscanf(const char *format, va_list arguments) { return vfscanf(stdin, format, arguments); }

int sscanf(const char *string, const char *format, ...) {
  va_list arguments;
  int result;
  va_start(arguments, format);
  result = vsscanf(string, format, arguments);
  va_end(arguments);
  return result;
}

int fscanf(FILE *stream, const char *format, ...) {
  va_list arguments;
  int result;
  va_start(arguments, format);
  result = vfscanf(stream, format, arguments);
  va_end(arguments);
  return result;
}

int scanf(const char *format, ...) {
  va_list arguments;
  int result;
  va_start(arguments, format);
  result = vfscanf(stdin, format, arguments);
  va_end(arguments);
  return result;
}
