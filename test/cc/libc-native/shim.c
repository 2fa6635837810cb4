/* shim.c: the native stand-in for sys.s. Compiled against glibc; everything in our library and the test */
/* program carries the prefix tl_ (see run.sh), so this file is the only place where the two meet. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define HEAP_SIZE (512L * 1024 * 1024)

static unsigned char heap[HEAP_SIZE] __attribute__((aligned(4096)));
static long heap_break;

int tl_main(int argc, char **argv);
void tl_exit(int status);

long tl___tessera_write(int fd, const void *buffer, unsigned long length) {
  if (fd != 1 && fd != 2) return -1;
  return write(fd, buffer, length);
}

long tl___tessera_read(int fd, void *buffer, unsigned long length) {
  if (fd != 0) return -1;
  return read(fd, buffer, length);
}

void tl___tessera_exit(int status) { _exit(status); }

long tl___tessera_clock(int which) {
  struct timespec now;
  clock_gettime(which == 0 ? CLOCK_REALTIME : CLOCK_MONOTONIC, &now);
  return now.tv_sec * 1000000000L + now.tv_nsec;
}

/* Like the machine's sbrk: the heap is one region that grows up, and a request past its end fails. */
void *tl___tessera_sbrk(long increment) {
  long old = heap_break;
  if (increment > HEAP_SIZE - heap_break || -increment > heap_break) return (void *)-1;
  heap_break += increment;
  return heap + old;
}

void tl___tessera_abort(const char *message) {
  static const char prefix[] = "[trap: ";
  write(2, prefix, sizeof prefix - 1);
  write(2, message, strlen(message));
  write(2, "]\n", 2);
  abort();
}

int main(int argc, char **argv) {
  tl_exit(tl_main(argc, argv));
  return 0;
}
