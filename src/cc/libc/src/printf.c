/* printf.c: the printf family and its engine: parsing conversions, integers, characters, strings, */
/* pointers and %n; doubles go to printf_double.c. The output matches glibc's, edge cases included. */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <string.h>

#include "libc.h"

void __libc_sink_put(struct __libc_sink *sink, const char *bytes, size_t length) {
  if (length == 0) return;
  if (sink->stream != NULL) {
    if (__libc_write_stream(sink->stream, bytes, length) != length) sink->failed = 1;
  } else if (sink->count + 1 < sink->capacity) {
    size_t room = sink->capacity - 1 - sink->count;
    memcpy(sink->buffer + sink->count, bytes, length < room ? length : room);
  }
  sink->count += length;
}

void __libc_sink_pad(struct __libc_sink *sink, char c, long count) {
  char run[32];
  int i;
  for (i = 0; i < 32; i++) run[i] = c;
  while (count > 0) {
    long chunk = count < 32 ? count : 32;
    __libc_sink_put(sink, run, (size_t)chunk);
    count -= chunk;
  }
}

/* Length modifiers. */
enum { SIZE_INT, SIZE_CHAR, SIZE_SHORT, SIZE_LONG, SIZE_LONG_LONG, SIZE_MAX_T, SIZE_SIZE, SIZE_PTRDIFF, SIZE_DOUBLE };

/* Writes prefix and body (digits) padded to width: zeros go between them with the 0 flag. */
static void put_padded(struct __libc_sink *sink, const char *prefix, const char *body, size_t body_length,
                       long zeros, int flags, int width) {
  size_t prefix_length = strlen(prefix);
  long total = (long)(prefix_length + body_length) + zeros;
  long padding = width > total ? width - total : 0;
  if ((flags & __LIBC_FLAG_LEFT) == 0 && (flags & __LIBC_FLAG_ZERO) == 0) __libc_sink_pad(sink, ' ', padding);
  __libc_sink_put(sink, prefix, prefix_length);
  if ((flags & __LIBC_FLAG_LEFT) == 0 && (flags & __LIBC_FLAG_ZERO) != 0) __libc_sink_pad(sink, '0', padding);
  __libc_sink_pad(sink, '0', zeros);
  __libc_sink_put(sink, body, body_length);
  if ((flags & __LIBC_FLAG_LEFT) != 0) __libc_sink_pad(sink, ' ', padding);
}

/* Formats an integer conversion (d i u o x X p) of magnitude value. */
static void format_integer(struct __libc_sink *sink, unsigned long value, int negative, int conversion, int flags,
                           int width, int precision) {
  char digits[24];
  char prefix[4];
  const char *alphabet = conversion == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  unsigned int base = conversion == 'o' ? 8 : (conversion == 'x' || conversion == 'X' || conversion == 'p') ? 16 : 10;
  int length = 0, prefix_length = 0;
  long zeros = 0;
  char *end = digits + sizeof digits;

  while (value != 0) {
    end[-1 - length] = alphabet[value % base];
    value /= base;
    length++;
  }
  if (conversion == 'd' || conversion == 'i') {
    if (negative) prefix[prefix_length++] = '-';
    else if ((flags & __LIBC_FLAG_PLUS) != 0) prefix[prefix_length++] = '+';
    else if ((flags & __LIBC_FLAG_SPACE) != 0) prefix[prefix_length++] = ' ';
  }
  if (conversion == 'p') {
    if ((flags & __LIBC_FLAG_PLUS) != 0) prefix[prefix_length++] = '+';
    else if ((flags & __LIBC_FLAG_SPACE) != 0) prefix[prefix_length++] = ' ';
  }
  if ((flags & __LIBC_FLAG_ALTERNATE) != 0 && length > 0 && base == 16) {
    prefix[prefix_length++] = '0';
    prefix[prefix_length++] = conversion == 'X' ? 'X' : 'x';
  }
  prefix[prefix_length] = '\0';
  if (precision < 0) precision = 1;
  else flags &= ~__LIBC_FLAG_ZERO;
  if (length < precision) zeros = precision - length;
  /* The alternate form of %o makes the first digit 0, even with precision 0 and value 0. */
  if (conversion == 'o' && (flags & __LIBC_FLAG_ALTERNATE) != 0 && zeros == 0 && (length == 0 || end[-length] != '0'))
    zeros = 1;
  put_padded(sink, prefix, end - length, (size_t)length, zeros, flags, width);
}

static void format_string(struct __libc_sink *sink, const char *string, int flags, int width, int precision) {
  size_t length = 0;
  long padding;
  if (string == NULL) string = precision < 0 || precision >= 6 ? "(null)" : "";
  /* Never read beyond the precision: the array need not be terminated. */
  while ((precision < 0 || length < (size_t)precision) && string[length] != '\0') length++;
  padding = width > (long)length ? width - (long)length : 0;
  if ((flags & __LIBC_FLAG_LEFT) == 0) __libc_sink_pad(sink, ' ', padding);
  __libc_sink_put(sink, string, length);
  if ((flags & __LIBC_FLAG_LEFT) != 0) __libc_sink_pad(sink, ' ', padding);
}

/* %ls in the C locale: each wide character is one byte; one beyond ASCII cannot be converted. */
static void format_wide_string(struct __libc_sink *sink, const wchar_t *wide, int flags, int width, int precision) {
  size_t length = 0, i;
  long padding;
  if (wide == NULL) {
    format_string(sink, NULL, flags, width, precision);
    return;
  }
  while ((precision < 0 || length < (size_t)precision) && wide[length] != 0) {
    if (wide[length] < 0 || wide[length] > 127) {
      errno = EILSEQ;
      sink->failed = 1;
      return;
    }
    length++;
  }
  padding = width > (long)length ? width - (long)length : 0;
  if ((flags & __LIBC_FLAG_LEFT) == 0) __libc_sink_pad(sink, ' ', padding);
  for (i = 0; i < length; i++) {
    char c = (char)wide[i];
    __libc_sink_put(sink, &c, 1);
  }
  if ((flags & __LIBC_FLAG_LEFT) != 0) __libc_sink_pad(sink, ' ', padding);
}

static void store_count(void *target, int size, size_t count) {
  switch (size) {
  case SIZE_CHAR: *(signed char *)target = (signed char)count; break;
  case SIZE_SHORT: *(short *)target = (short)count; break;
  case SIZE_LONG:
  case SIZE_MAX_T:
  case SIZE_SIZE:
  case SIZE_PTRDIFF: *(long *)target = (long)count; break;
  case SIZE_LONG_LONG: *(long long *)target = (long long)count; break;
  default: *(int *)target = (int)count; break;
  }
}

int __libc_vformat(struct __libc_sink *sink, const char *format, va_list arguments) {
  va_list ap;
  va_copy(ap, arguments);
  while (*format != '\0') {
    const char *start = format;
    int flags = 0, width = 0, precision = -1, size = SIZE_INT, conversion;
    if (*format != '%') {
      while (*format != '\0' && *format != '%') format++;
      __libc_sink_put(sink, start, (size_t)(format - start));
      continue;
    }
    format++;
    for (;; format++) {
      if (*format == '-') flags |= __LIBC_FLAG_LEFT;
      else if (*format == '+') flags |= __LIBC_FLAG_PLUS;
      else if (*format == ' ') flags |= __LIBC_FLAG_SPACE;
      else if (*format == '#') flags |= __LIBC_FLAG_ALTERNATE;
      else if (*format == '0') flags |= __LIBC_FLAG_ZERO;
      else break;
    }
    if (*format == '*') {
      width = va_arg(ap, int);
      if (width < 0) {
        flags |= __LIBC_FLAG_LEFT;
        width = width == INT_MIN ? INT_MAX : -width;
      }
      format++;
    } else {
      while (*format >= '0' && *format <= '9') {
        if (width < INT_MAX / 10) width = width * 10 + (*format - '0');
        format++;
      }
    }
    if (*format == '.') {
      format++;
      precision = 0;
      if (*format == '*') {
        precision = va_arg(ap, int);
        if (precision < 0) precision = -1;
        format++;
      } else {
        while (*format >= '0' && *format <= '9') {
          if (precision < INT_MAX / 10) precision = precision * 10 + (*format - '0');
          format++;
        }
      }
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
    case 'j': format++; size = SIZE_MAX_T; break;
    case 'z': format++; size = SIZE_SIZE; break;
    case 't': format++; size = SIZE_PTRDIFF; break;
    case 'L': format++; size = SIZE_DOUBLE; break;
    default: break;
    }
    if ((flags & __LIBC_FLAG_LEFT) != 0) flags &= ~__LIBC_FLAG_ZERO;
    if ((flags & __LIBC_FLAG_PLUS) != 0) flags &= ~__LIBC_FLAG_SPACE;
    conversion = *format;
    if (conversion == '\0') break; /* glibc prints nothing for a lone % at the end */
    format++;
    switch (conversion) {
    case 'd':
    case 'i': {
      long value;
      int wide = size == SIZE_LONG || size == SIZE_MAX_T || size == SIZE_SIZE || size == SIZE_PTRDIFF;
      if (wide) value = va_arg(ap, long);
      else if (size == SIZE_LONG_LONG) value = va_arg(ap, long long);
      else value = va_arg(ap, int);
      if (size == SIZE_CHAR) value = (signed char)value;
      else if (size == SIZE_SHORT) value = (short)value;
      format_integer(sink, value < 0 ? 0ul - (unsigned long)value : (unsigned long)value, value < 0, conversion, flags,
                     width, precision);
      break;
    }
    case 'o':
    case 'u':
    case 'x':
    case 'X': {
      unsigned long value;
      if (size == SIZE_LONG || size == SIZE_MAX_T || size == SIZE_SIZE || size == SIZE_PTRDIFF)
        value = va_arg(ap, unsigned long);
      else if (size == SIZE_LONG_LONG) value = va_arg(ap, unsigned long long);
      else value = va_arg(ap, unsigned int);
      if (size == SIZE_CHAR) value = (unsigned char)value;
      else if (size == SIZE_SHORT) value = (unsigned short)value;
      format_integer(sink, value, 0, conversion, flags, width, precision);
      break;
    }
    case 'p': {
      void *pointer = va_arg(ap, void *);
      if (pointer == NULL) format_string(sink, "(nil)", flags, width, -1);
      else format_integer(sink, (unsigned long)pointer, 0, 'p', flags | __LIBC_FLAG_ALTERNATE, width, precision);
      break;
    }
    case 'c': {
      char c = (char)va_arg(ap, int);
      long padding = width > 1 ? width - 1 : 0;
      if ((flags & __LIBC_FLAG_LEFT) == 0) __libc_sink_pad(sink, ' ', padding);
      __libc_sink_put(sink, &c, 1);
      if ((flags & __LIBC_FLAG_LEFT) != 0) __libc_sink_pad(sink, ' ', padding);
      break;
    }
    case 's':
      if (size == SIZE_LONG) format_wide_string(sink, va_arg(ap, const wchar_t *), flags, width, precision);
      else format_string(sink, va_arg(ap, const char *), flags, width, precision);
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'a':
    case 'A': {
      double value;
      /* The compiler's long double is double; natively (the test harness) it is wider, and converts. */
      if (size == SIZE_DOUBLE) value = (double)va_arg(ap, long double);
      else value = va_arg(ap, double);
      __libc_format_double(sink, value, conversion, flags, width, precision);
      break;
    }
    case 'n': store_count(va_arg(ap, void *), size, sink->count); break;
    case '%': __libc_sink_put(sink, "%", 1); break;
    default:
      /* glibc prints an unknown conversion as it stands and takes no argument for it. */
      __libc_sink_put(sink, start, (size_t)(format - start));
      break;
    }
  }
  va_end(ap);
  if (sink->failed) return -1;
  if (sink->count > INT_MAX) {
    errno = EOVERFLOW;
    return -1;
  }
  return (int)sink->count;
}

static void stream_sink(struct __libc_sink *sink, FILE *stream) {
  sink->stream = stream;
  sink->buffer = NULL;
  sink->capacity = 0;
  sink->count = 0;
  sink->failed = 0;
}

static void string_sink(struct __libc_sink *sink, char *buffer, size_t capacity) {
  sink->stream = NULL;
  sink->buffer = buffer;
  sink->capacity = capacity;
  sink->count = 0;
  sink->failed = 0;
}

static void terminate(struct __libc_sink *sink) {
  if (sink->capacity == 0) return;
  sink->buffer[sink->count < sink->capacity ? sink->count : sink->capacity - 1] = '\0';
}

int vfprintf(FILE *stream, const char *format, va_list arguments) {
  struct __libc_sink sink;
  stream_sink(&sink, stream);
  return __libc_vformat(&sink, format, arguments);
}

int vprintf(const char *format, va_list arguments) { return vfprintf(stdout, format, arguments); }

int vsnprintf(char *buffer, size_t size, const char *format, va_list arguments) {
  struct __libc_sink sink;
  int result;
  string_sink(&sink, buffer, size);
  result = __libc_vformat(&sink, format, arguments);
  terminate(&sink);
  return result;
}

int vsprintf(char *buffer, const char *format, va_list arguments) {
  /* No bound: the caller promises the room. */
  return vsnprintf(buffer, (size_t)LONG_MAX, format, arguments);
}

int printf(const char *format, ...) {
  va_list arguments;
  int result;
  va_start(arguments, format);
  result = vfprintf(stdout, format, arguments);
  va_end(arguments);
  return result;
}

int fprintf(FILE *stream, const char *format, ...) {
  va_list arguments;
  int result;
  va_start(arguments, format);
  result = vfprintf(stream, format, arguments);
  va_end(arguments);
  return result;
}

int sprintf(char *buffer, const char *format, ...) {
  va_list arguments;
  int result;
  va_start(arguments, format);
  result = vsprintf(buffer, format, arguments);
  va_end(arguments);
  return result;
}

int snprintf(char *buffer, size_t size, const char *format, ...) {
  va_list arguments;
  int result;
  va_start(arguments, format);
  result = vsnprintf(buffer, size, format, arguments);
  va_end(arguments);
  return result;
}
