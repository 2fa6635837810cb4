/* libc.h: what the C library's files share and user programs never see: the system calls of sys.s, */
/* the FILE structure, and the cores of printf and scanf. Every name here starts with __tessera_ or __libc_. */
#ifndef __TESSERA_LIBC_INTERNAL_H
#define __TESSERA_LIBC_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* System calls (sys.s; docs/ABI.md). */
long __tessera_write(int fd, const void *buffer, unsigned long length);
long __tessera_read(int fd, void *buffer, unsigned long length);
void __tessera_exit(int status);
long __tessera_clock(int which);
void *__tessera_sbrk(long increment);
void __tessera_abort(const char *message);

#define __LIBC_CLOCK_WALL 0
#define __LIBC_CLOCK_MONOTONIC 1

/* Stream state bits. */
#define __LIBC_STREAM_READ 1
#define __LIBC_STREAM_WRITE 2
#define __LIBC_STREAM_EOF 4
#define __LIBC_STREAM_ERROR 8

struct __tessera_file {
  int fd;
  int state;
  int mode; /* _IOFBF, _IOLBF or _IONBF */
  unsigned char *buffer;
  size_t capacity;
  size_t length;   /* writing: bytes waiting in buffer */
  size_t position; /* reading: next byte of buffer */
  size_t end;      /* reading: end of the bytes read into buffer */
  int pushed;      /* a byte given back by ungetc, or EOF for none */
  /* A file of the in-memory file system (files.c), or NULL for the standard streams' descriptors. */
  struct __libc_memory_file *file;
  size_t offset; /* in file: where the next read fills from and the next write goes */
};

/* The in-memory file system's transfers (files.c): the bytes written or read, -1 on error. */
long __libc_file_write(FILE *stream, const void *bytes, size_t length);
long __libc_file_read(FILE *stream, void *bytes, size_t length);

/* Writes out what a stream holds; 0, or EOF after a write error. */
int __libc_flush(FILE *stream);
/* Flushes every output stream (at exit and before reading stdin). */
void __libc_flush_all(void);
/* Writes bytes to a stream through its buffer; the number written. */
size_t __libc_write_stream(FILE *stream, const char *bytes, size_t length);

/* Where formatted output goes: a stream, or a bounded string. */
struct __libc_sink {
  FILE *stream;
  char *buffer;
  size_t capacity; /* string sink: bytes that may be stored, the NUL included */
  size_t count;    /* bytes produced so far, stored or not */
  int failed;
};

/* Appends bytes to a sink. */
void __libc_sink_put(struct __libc_sink *sink, const char *bytes, size_t length);
/* Appends count copies of c to a sink. */
void __libc_sink_pad(struct __libc_sink *sink, char c, long count);
/* The printf engine: formats into sink; the byte count or -1. */
int __libc_vformat(struct __libc_sink *sink, const char *format, va_list arguments);

/* printf flag bits, shared with the floating-point formatter. */
#define __LIBC_FLAG_LEFT 1
#define __LIBC_FLAG_PLUS 2
#define __LIBC_FLAG_SPACE 4
#define __LIBC_FLAG_ALTERNATE 8
#define __LIBC_FLAG_ZERO 16

/* Formats a double for %e %f %g %a (and upper case); precision < 0 means the default. */
void __libc_format_double(struct __libc_sink *sink, double value, int conversion, int flags, int width,
                          int precision);

/* Where scanf reads from: a stream, or a string. */
struct __libc_source {
  FILE *stream;
  const char *string;
  long consumed; /* bytes taken so far, for %n */
};

/* The scanf engine: the number of assignments, or EOF on input failure before the first. */
int __libc_vscan(struct __libc_source *source, const char *format, va_list arguments);

/* Exact decimal-to-binary conversion shared by strtod and strtof: mantissa_bits 53 or 24. */
double __libc_parse_float(const char *string, char **end, int mantissa_bits);

/* Rounds (mantissa + a fraction that is non-zero when sticky) x 2^exponent to mantissa_bits bits (53 or 24), */
/* half to even; mantissa is non-zero. Sets ERANGE on overflow and on an inexact subnormal or zero result. */
double __libc_round_binary(unsigned long mantissa, int exponent, int sticky, int mantissa_bits);

/* x y + z rounded once to mantissa_bits (53 for fma, 24 for fmaf). */
double __libc_fma(double x, double y, double z, int mantissa_bits);

/* The bits of a double, without aliasing tricks. */
unsigned long __libc_double_bits(double x);
double __libc_bits_double(unsigned long bits);

/* The 32-bit halves of a double, as the classic math algorithms (fdlibm) read them. */
#define __LIBC_HIGH_WORD(x) ((int)(__libc_double_bits(x) >> 32))
#define __LIBC_LOW_WORD(x) ((unsigned int)__libc_double_bits(x))
#define __LIBC_FROM_WORDS(high, low) \
  __libc_bits_double(((unsigned long)(unsigned int)(high) << 32) | (unsigned long)(unsigned int)(low))
/* x with its low word cleared: the usual way to split a double into exactly multipliable halves. */
#define __LIBC_HIGH_PART(x) __libc_bits_double(__libc_double_bits(x) & 0xffffffff00000000UL)

/* Sets errno to EDOM and returns a NaN: a domain error. */
double __libc_domain_error(void);
/* Sets errno to ERANGE and returns value: an overflow, a pole, or an underflow to zero. */
double __libc_range_error(double value);
/* exp(x) x 2^scale without overflow in between (cosh and sinh need exp(x) / 2 near the top). */
double __libc_exp_scaled(double x, int scale);

#endif
