/* stdio.c: the three standard streams and their buffering, character and block I/O (files.c opens the */
/* files of the in-memory file system). stdout is line-buffered whatever it is connected to, so that output */
/* printed before a trap is never lost; stderr is unbuffered. */
#include <errno.h>
#include <string.h>

#include "libc.h"

#define STREAM_BUFFER_SIZE 4096

static unsigned char stdin_buffer[STREAM_BUFFER_SIZE];
static unsigned char stdout_buffer[STREAM_BUFFER_SIZE];

static FILE standard_streams[3] = {
    {0, __LIBC_STREAM_READ, _IOFBF, stdin_buffer, STREAM_BUFFER_SIZE, 0, 0, 0, EOF, NULL, 0},
    {1, __LIBC_STREAM_WRITE, _IOLBF, stdout_buffer, STREAM_BUFFER_SIZE, 0, 0, 0, EOF, NULL, 0},
    {2, __LIBC_STREAM_WRITE, _IONBF, NULL, 0, 0, 0, 0, EOF, NULL, 0},
};

FILE *stdin = &standard_streams[0];
FILE *stdout = &standard_streams[1];
FILE *stderr = &standard_streams[2];

static int write_all(FILE *stream, const unsigned char *bytes, size_t length) {
  while (length > 0) {
    long written = stream->file != NULL ? __libc_file_write(stream, bytes, length)
                                        : __tessera_write(stream->fd, bytes, length);
    if (written <= 0) {
      stream->state |= __LIBC_STREAM_ERROR;
      errno = EIO;
      return EOF;
    }
    bytes += written;
    length -= (size_t)written;
  }
  return 0;
}

int __libc_flush(FILE *stream) {
  size_t length = stream->length;
  if ((stream->state & __LIBC_STREAM_WRITE) == 0 || length == 0) return 0;
  stream->length = 0;
  return write_all(stream, stream->buffer, length);
}

void __libc_flush_all(void) {
  int i;
  for (i = 0; i < 3; i++) __libc_flush(&standard_streams[i]);
}

int fflush(FILE *stream) {
  if (stream == NULL) {
    __libc_flush_all();
    return 0;
  }
  return __libc_flush(stream);
}

size_t __libc_write_stream(FILE *stream, const char *bytes, size_t length) {
  const unsigned char *from = (const unsigned char *)bytes;
  size_t done = 0;
  if ((stream->state & __LIBC_STREAM_WRITE) == 0) {
    stream->state |= __LIBC_STREAM_ERROR;
    errno = EBADF;
    return 0;
  }
  if (stream->mode == _IONBF || stream->capacity == 0) {
    if (__libc_flush(stream) != 0 || write_all(stream, from, length) != 0) return 0;
    return length;
  }
  while (done < length) {
    size_t room = stream->capacity - stream->length;
    size_t chunk = length - done;
    size_t i;
    int newline = 0;
    if (chunk > room) chunk = room;
    for (i = 0; i < chunk; i++) {
      unsigned char c = from[done + i];
      stream->buffer[stream->length + i] = c;
      if (c == '\n' && stream->mode == _IOLBF) {
        /* Stop after the newline so that it is flushed with what precedes it. */
        chunk = i + 1;
        newline = 1;
      }
    }
    stream->length += chunk;
    done += chunk;
    if (newline || stream->length == stream->capacity) {
      if (__libc_flush(stream) != 0) return done - chunk;
    }
  }
  return done;
}

int fputc(int c, FILE *stream) {
  char byte = (char)c;
  if (__libc_write_stream(stream, &byte, 1) != 1) return EOF;
  return (unsigned char)byte;
}

int putc(int c, FILE *stream) { return fputc(c, stream); }

int putchar(int c) { return fputc(c, stdout); }

int fputs(const char *string, FILE *stream) {
  size_t length = strlen(string);
  if (__libc_write_stream(stream, string, length) != length) return EOF;
  return 1;
}

int puts(const char *string) {
  if (fputs(string, stdout) == EOF) return EOF;
  if (fputc('\n', stdout) == EOF) return EOF;
  return 1;
}

size_t fwrite(const void *buffer, size_t size, size_t count, FILE *stream) {
  size_t total;
  if (size == 0 || count == 0) return 0;
  total = size * count;
  return __libc_write_stream(stream, buffer, total) / size;
}

/* Refills a reading stream's buffer; 0, or EOF at end of input or on error. */
static int fill(FILE *stream) {
  long got;
  if ((stream->state & __LIBC_STREAM_READ) == 0) {
    stream->state |= __LIBC_STREAM_ERROR;
    errno = EBADF;
    return EOF;
  }
  /* Anything a program prints before it waits for input must be visible (a prompt without a newline). */
  __libc_flush_all();
  got = stream->file != NULL ? __libc_file_read(stream, stream->buffer, stream->capacity)
                             : __tessera_read(stream->fd, stream->buffer, stream->capacity);
  if (got <= 0) {
    stream->state |= got == 0 ? __LIBC_STREAM_EOF : __LIBC_STREAM_ERROR;
    return EOF;
  }
  stream->position = 0;
  stream->end = (size_t)got;
  return 0;
}

int fgetc(FILE *stream) {
  int c;
  if (stream->pushed != EOF) {
    c = stream->pushed;
    stream->pushed = EOF;
    return c;
  }
  if (stream->position == stream->end && fill(stream) != 0) return EOF;
  return stream->buffer[stream->position++];
}

int getc(FILE *stream) { return fgetc(stream); }

int getchar(void) { return fgetc(stdin); }

int ungetc(int c, FILE *stream) {
  if (c == EOF || stream->pushed != EOF) return EOF;
  stream->pushed = (unsigned char)c;
  stream->state &= ~__LIBC_STREAM_EOF;
  return (unsigned char)c;
}

char *fgets(char *buffer, int size, FILE *stream) {
  int length = 0;
  if (size <= 0) return NULL;
  while (length < size - 1) {
    int c = fgetc(stream);
    if (c == EOF) break;
    buffer[length++] = (char)c;
    if (c == '\n') break;
  }
  if (length == 0) return NULL;
  buffer[length] = '\0';
  return buffer;
}

size_t fread(void *buffer, size_t size, size_t count, FILE *stream) {
  unsigned char *to = buffer;
  size_t total, done = 0;
  if (size == 0 || count == 0) return 0;
  total = size * count;
  while (done < total) {
    int c = fgetc(stream);
    if (c == EOF) break;
    to[done++] = (unsigned char)c;
  }
  return done / size;
}

void clearerr(FILE *stream) { stream->state &= ~(__LIBC_STREAM_EOF | __LIBC_STREAM_ERROR); }

int feof(FILE *stream) { return (stream->state & __LIBC_STREAM_EOF) != 0; }

int ferror(FILE *stream) { return (stream->state & __LIBC_STREAM_ERROR) != 0; }

void setbuf(FILE *stream, char *buffer) { setvbuf(stream, buffer, buffer != NULL ? _IOFBF : _IONBF, BUFSIZ); }

int setvbuf(FILE *stream, char *buffer, int mode, size_t size) {
  if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) return EOF;
  __libc_flush(stream);
  stream->mode = mode;
  if (buffer != NULL && size > 0) {
    stream->buffer = (unsigned char *)buffer;
    stream->capacity = size;
    stream->position = 0;
    stream->end = 0;
  }
  /* A read stream cannot do without its buffer; an unbuffered one has no use for it. */
  if (mode == _IONBF && (stream->state & __LIBC_STREAM_WRITE) != 0) stream->capacity = 0;
  if (mode != _IONBF && stream->capacity == 0) {
    if (stream->buffer == NULL) return EOF;
    stream->capacity = STREAM_BUFFER_SIZE;
  }
  return 0;
}

