/* files.c: fopen and the other file functions, on an in-memory file system: the machine has none, but a */
/* program that writes a file and reads it back (or renames and removes it) works as it would on disk. */
/* Files live until the program exits; none exists at start. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "libc.h"

#define FILE_BUFFER_SIZE 4096

struct __libc_memory_file {
  char *name;
  unsigned char *data;
  size_t size;
  size_t capacity;
  int append; /* of the stream being written: every write goes to the end */
  struct __libc_memory_file *next;
};

static struct __libc_memory_file *files;

static struct __libc_memory_file *find(const char *name) {
  struct __libc_memory_file *f;
  for (f = files; f != NULL; f = f->next) {
    if (strcmp(f->name, name) == 0) return f;
  }
  return NULL;
}

static struct __libc_memory_file *create(const char *name) {
  struct __libc_memory_file *f = malloc(sizeof *f);
  if (f == NULL) return NULL;
  f->name = malloc(strlen(name) + 1);
  if (f->name == NULL) {
    free(f);
    return NULL;
  }
  strcpy(f->name, name);
  f->data = NULL;
  f->size = 0;
  f->capacity = 0;
  f->append = 0;
  f->next = files;
  files = f;
  return f;
}

/* Forgets what the stream has read ahead, so that its offset is the program's position. */
static void drop_read_ahead(FILE *stream) {
  stream->offset -= stream->end - stream->position;
  stream->position = 0;
  stream->end = 0;
  if (stream->pushed != EOF && stream->offset > 0) stream->offset--;
  stream->pushed = EOF;
}

long __libc_file_write(FILE *stream, const void *bytes, size_t length) {
  struct __libc_memory_file *f = stream->file;
  size_t end;
  drop_read_ahead(stream);
  if (f->append) stream->offset = f->size;
  end = stream->offset + length;
  if (end > f->capacity) {
    size_t capacity = f->capacity * 2 > end ? f->capacity * 2 : end + 64;
    unsigned char *data = realloc(f->data, capacity);
    if (data == NULL) return -1;
    f->data = data;
    f->capacity = capacity;
  }
  if (stream->offset > f->size) memset(f->data + f->size, 0, stream->offset - f->size);
  memcpy(f->data + stream->offset, bytes, length);
  stream->offset = end;
  if (end > f->size) f->size = end;
  return (long)length;
}

long __libc_file_read(FILE *stream, void *bytes, size_t length) {
  struct __libc_memory_file *f = stream->file;
  size_t available = stream->offset < f->size ? f->size - stream->offset : 0;
  if (length > available) length = available;
  memcpy(bytes, f->data + stream->offset, length);
  stream->offset += length;
  return (long)length;
}

/* Opens `path` on `stream` (a new FILE, or one being reopened); NULL with errno set if it cannot. */
static FILE *open_on(FILE *stream, const char *path, const char *mode) {
  struct __libc_memory_file *f;
  int plus = strchr(mode, '+') != NULL;
  if (mode[0] != 'r' && mode[0] != 'w' && mode[0] != 'a') {
    errno = EINVAL;
    return NULL;
  }
  f = find(path);
  if (f == NULL) {
    if (mode[0] == 'r') {
      errno = ENOENT;
      return NULL;
    }
    f = create(path);
    if (f == NULL) {
      errno = ENOMEM;
      return NULL;
    }
  }
  if (mode[0] == 'w') f->size = 0;
  f->append = mode[0] == 'a';
  if (stream == NULL) {
    stream = malloc(sizeof *stream);
    if (stream == NULL) {
      errno = ENOMEM;
      return NULL;
    }
    stream->buffer = malloc(FILE_BUFFER_SIZE);
    if (stream->buffer == NULL) {
      free(stream);
      errno = ENOMEM;
      return NULL;
    }
  }
  stream->fd = -1;
  stream->state = (mode[0] == 'r' || plus ? __LIBC_STREAM_READ : 0) | (mode[0] != 'r' || plus ? __LIBC_STREAM_WRITE : 0);
  /* Writes go straight to the file, so that reading it back through another stream sees them. */
  stream->mode = _IONBF;
  stream->capacity = FILE_BUFFER_SIZE;
  stream->length = 0;
  stream->position = 0;
  stream->end = 0;
  stream->pushed = EOF;
  stream->file = f;
  stream->offset = mode[0] == 'a' ? f->size : 0;
  return stream;
}

FILE *fopen(const char *path, const char *mode) { return open_on(NULL, path, mode); }

FILE *freopen(const char *path, const char *mode, FILE *stream) {
  __libc_flush(stream);
  if (path == NULL || stream->file == NULL) {
    /* The standard streams have no file to reopen, and changing a mode is not supported. */
    errno = EBADF;
    return NULL;
  }
  return open_on(stream, path, mode);
}

int fclose(FILE *stream) {
  int result = __libc_flush(stream);
  stream->state &= ~(__LIBC_STREAM_READ | __LIBC_STREAM_WRITE);
  if (stream->file != NULL) {
    free(stream->buffer);
    free(stream);
  }
  return result;
}

FILE *tmpfile(void) {
  static int count;
  char name[32];
  int n = ++count, i = 0;
  char digits[12];
  strcpy(name, "/tmp/tessera-tmpfile-");
  do {
    digits[i++] = (char)('0' + n % 10);
    n /= 10;
  } while (n > 0);
  n = (int)strlen(name);
  while (i > 0) name[n++] = digits[--i];
  name[n] = '\0';
  return fopen(name, "w+");
}

char *tmpnam(char *buffer) {
  (void)buffer;
  return NULL;
}

int remove(const char *path) {
  struct __libc_memory_file **link;
  for (link = &files; *link != NULL; link = &(*link)->next) {
    struct __libc_memory_file *f = *link;
    if (strcmp(f->name, path) == 0) {
      /* Streams still open on it keep reading and writing its bytes, as on POSIX. */
      *link = f->next;
      f->name[0] = '\0';
      return 0;
    }
  }
  errno = ENOENT;
  return -1;
}

int rename(const char *from, const char *to) {
  struct __libc_memory_file *f = find(from);
  char *name;
  if (f == NULL) {
    errno = ENOENT;
    return -1;
  }
  if (strcmp(from, to) == 0) return 0;
  name = malloc(strlen(to) + 1);
  if (name == NULL) {
    errno = ENOMEM;
    return -1;
  }
  strcpy(name, to);
  remove(to);
  free(f->name);
  f->name = name;
  return 0;
}

int fseek(FILE *stream, long offset, int whence) {
  long base;
  if (stream->file == NULL) {
    errno = ESPIPE;
    return -1;
  }
  drop_read_ahead(stream);
  base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (long)stream->offset : (long)stream->file->size;
  if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
    errno = EINVAL;
    return -1;
  }
  if (base + offset < 0) {
    errno = EINVAL;
    return -1;
  }
  stream->offset = (size_t)(base + offset);
  stream->state &= ~__LIBC_STREAM_EOF;
  return 0;
}

long ftell(FILE *stream) {
  long position;
  if (stream->file == NULL) {
    errno = ESPIPE;
    return -1;
  }
  position = (long)(stream->offset - (stream->end - stream->position));
  return stream->pushed != EOF && position > 0 ? position - 1 : position;
}

void rewind(FILE *stream) {
  fseek(stream, 0, SEEK_SET);
  clearerr(stream);
}

int fgetpos(FILE *stream, fpos_t *position) {
  long at = ftell(stream);
  if (at < 0) return -1;
  *position = at;
  return 0;
}

int fsetpos(FILE *stream, const fpos_t *position) { return fseek(stream, *position, SEEK_SET); }
