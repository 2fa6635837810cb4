/* malloc.c: malloc, calloc, realloc and free on __tessera_sbrk: boundary-tagged chunks, segregated free */
/* lists (exact sizes up to 1 KiB, then four lists per power of two) with a bitmap of the non-empty ones, */
/* and coalescing of free neighbours, so each call is O(1) in the usual case. In front of them, small freed */
/* chunks wait in "fast" lists, one per size, without coalescing (as glibc's fastbins): a program that frees */
/* and allocates the same sizes again and again (trees, lists) gets them back in a few instructions. The fast */
/* lists are emptied into the others (coalescing) before the heap grows and before a large request. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "libc.h"

/* A chunk starts 16 bytes before the pointer the program gets. Its size includes the header and is a */
/* multiple of 16; the low bit of size says whether the chunk before it is in use. When a chunk is free, */
/* its last 8 bytes (the next chunk's previous_size) hold its size, so that free can find it from the */
/* next one; while it is in use those bytes belong to the program. So a chunk carries 8 bytes of overhead. */
/* A chunk in a fast list counts as in use for its neighbours; bit 1 of its size says it is in one. */
struct chunk {
  size_t previous_size;
  size_t size;
  struct chunk *next; /* free chunks only: the links of their list */
  struct chunk *previous;
};

#define HEADER_SIZE 16
#define OVERHEAD 8
#define MIN_CHUNK 32
#define PREVIOUS_IN_USE 1ul
#define FAST_FREE 2ul
#define FLAGS 15ul
#define FAST_LIMIT 512
#define SMALL_LIMIT 1024
#define BIN_COUNT 128
#define GROWTH 262144ul
#define LARGEST_REQUEST (((size_t)-1) >> 2)

static struct chunk *bins[BIN_COUNT];
static unsigned long bin_map[BIN_COUNT / 64];
static struct chunk *fast[FAST_LIMIT / 16 + 1]; /* by size / 16: singly linked through next */
static int fast_any;                              /* whether a fast list may hold a chunk */
static struct chunk *top; /* the chunk at the end of the heap, which sbrk extends */
static unsigned char *heap_start;
static unsigned char *heap_end;

static size_t chunk_size(const struct chunk *c) { return c->size & ~FLAGS; }

static struct chunk *chunk_at(struct chunk *c, size_t offset) { return (struct chunk *)((unsigned char *)c + offset); }

static struct chunk *chunk_before(struct chunk *c) {
  return (struct chunk *)((unsigned char *)c - c->previous_size);
}

static struct chunk *chunk_of(void *pointer) { return (struct chunk *)((unsigned char *)pointer - HEADER_SIZE); }

static void *pointer_of(struct chunk *c) { return (unsigned char *)c + HEADER_SIZE; }

static size_t top_size(void) { return (size_t)(heap_end - (unsigned char *)top); }

/* Whether c (not top) is in use: the next chunk's header says so. */
static int in_use(struct chunk *c) { return (chunk_at(c, chunk_size(c))->size & PREVIOUS_IN_USE) != 0; }

static int bin_index(size_t size) {
  int power = 10, index;
  if (size < SMALL_LIMIT) return (int)(size >> 4);
  while (power < 63 && (size >> (power + 1)) != 0) power++;
  index = 64 + (power - 10) * 4 + (int)((size >> (power - 2)) & 3);
  return index < BIN_COUNT ? index : BIN_COUNT - 1;
}

static void link_chunk(struct chunk *c) {
  int index = bin_index(chunk_size(c));
  c->previous = NULL;
  c->next = bins[index];
  if (c->next != NULL) c->next->previous = c;
  bins[index] = c;
  bin_map[index / 64] |= 1ul << (index % 64);
}

static void unlink_chunk(struct chunk *c) {
  if (c->previous != NULL) {
    c->previous->next = c->next;
  } else {
    int index = bin_index(chunk_size(c));
    bins[index] = c->next;
    if (c->next == NULL) bin_map[index / 64] &= ~(1ul << (index % 64));
  }
  if (c->next != NULL) c->next->previous = c->previous;
}

/* Makes c, of size bytes, a free chunk: its footer, the next chunk's flag, and its list. */
static void release(struct chunk *c, size_t size) {
  struct chunk *after = chunk_at(c, size);
  c->size = size | (c->size & PREVIOUS_IN_USE);
  after->previous_size = size;
  after->size &= ~PREVIOUS_IN_USE;
  link_chunk(c);
}

/* Cuts c (in use, not linked) down to size, freeing the rest if it is big enough to be a chunk. */
static void trim(struct chunk *c, size_t size) {
  size_t whole = chunk_size(c);
  struct chunk *rest;
  if (whole - size < MIN_CHUNK) return;
  c->size = size | (c->size & PREVIOUS_IN_USE);
  rest = chunk_at(c, size);
  rest->size = (whole - size) | PREVIOUS_IN_USE;
  if (chunk_at(rest, whole - size) == top) {
    top = rest;
    return;
  }
  /* The chunk after rest may itself be free: merge with it. */
  {
    struct chunk *after = chunk_at(rest, whole - size);
    if (!in_use(after)) {
      size_t merged = whole - size + chunk_size(after);
      unlink_chunk(after);
      release(rest, merged);
      return;
    }
  }
  release(rest, whole - size);
}

static int grow(size_t needed) {
  size_t increment;
  unsigned char *old;
  if (heap_start == NULL) {
    unsigned long start = (unsigned long)__tessera_sbrk(0);
    unsigned long pad = (16 - start % 16) % 16;
    if (start == (unsigned long)-1 || __tessera_sbrk((long)pad) == (void *)-1) return 0;
    heap_start = (unsigned char *)(start + pad);
    heap_end = heap_start;
    top = (struct chunk *)heap_start;
  }
  increment = needed - top_size();
  increment = (increment + 4095) & ~4095ul;
  old = __tessera_sbrk((long)(increment > GROWTH ? increment : GROWTH));
  if (old == (void *)-1) {
    increment = (needed - top_size() + 15) & ~15ul;
    old = __tessera_sbrk((long)increment);
  } else if (increment < GROWTH) {
    increment = GROWTH;
  }
  /* Only malloc moves the break, so new memory follows the heap; if not, give up rather than guess. */
  if (old == (void *)-1 || old != heap_end) return 0;
  heap_end += increment;
  if (top == (struct chunk *)heap_start && heap_end - heap_start == (long)increment) top->size = PREVIOUS_IN_USE;
  return 1;
}

/* The lowest non-empty list at or above index, or -1. */
static int next_bin(int index) {
  int word;
  for (word = index / 64; word < BIN_COUNT / 64; word++) {
    unsigned long bits = bin_map[word];
    int bit = word == index / 64 ? index % 64 : 0;
    bits >>= bit;
    while (bits != 0) {
      if ((bits & 1) != 0) return word * 64 + bit;
      bits >>= 1;
      bit++;
    }
  }
  return -1;
}

static struct chunk *take_from_bins(size_t size) {
  int index = bin_index(size);
  struct chunk *c;
  if (index >= SMALL_LIMIT / 16) {
    /* A large list holds a range of sizes: look for the first that fits. */
    for (c = bins[index]; c != NULL; c = c->next) {
      if (chunk_size(c) >= size) {
        unlink_chunk(c);
        return c;
      }
    }
    index++;
  }
  if (index >= BIN_COUNT) return NULL;
  index = next_bin(index);
  if (index < 0) return NULL;
  c = bins[index];
  unlink_chunk(c);
  return c;
}

static void consolidate(void);

/* malloc, past the fast lists. */
static void *allocate(size_t request) {
  size_t size;
  struct chunk *c;
  if (request > LARGEST_REQUEST) {
    errno = ENOMEM;
    return NULL;
  }
  size = (request + (OVERHEAD + 15)) & ~15ul;
  if (size < MIN_CHUNK) size = MIN_CHUNK;
  if (size > FAST_LIMIT && fast_any) consolidate();
  c = take_from_bins(size);
  if (c != NULL) {
    chunk_at(c, chunk_size(c))->size |= PREVIOUS_IN_USE;
    trim(c, size);
    return pointer_of(c);
  }
  if (top == NULL || top_size() < size + MIN_CHUNK) {
    if (fast_any) {
      consolidate();
      return allocate(request);
    }
    if (!grow(size + MIN_CHUNK)) {
      errno = ENOMEM;
      return NULL;
    }
  }
  c = top;
  top = chunk_at(c, size);
  top->size = PREVIOUS_IN_USE;
  c->size = size | (c->size & PREVIOUS_IN_USE);
  return pointer_of(c);
}

void *malloc(size_t request) {
  /* Written out rather than through helpers: this is the path most requests take. */
  if (request <= FAST_LIMIT - OVERHEAD) {
    size_t size = (request + (OVERHEAD + 15)) & ~15ul;
    struct chunk **list = &fast[(size < MIN_CHUNK ? MIN_CHUNK : size) >> 4];
    struct chunk *c = *list;
    if (c != NULL) {
      *list = c->next;
      c->size &= ~FAST_FREE;
      return (unsigned char *)c + HEADER_SIZE;
    }
  }
  return allocate(request);
}

/* Frees c (in use, valid, not in a fast list) into the lists, merged with its free neighbours. */
static void free_chunk(struct chunk *c) {
  size_t size = chunk_size(c);
  struct chunk *after = chunk_at(c, size);
  if ((c->size & PREVIOUS_IN_USE) == 0) {
    struct chunk *before = chunk_before(c);
    unlink_chunk(before);
    size += chunk_size(before);
    c = before;
  }
  if (after == top) {
    c->size = size | (c->size & PREVIOUS_IN_USE);
    top = c;
    return;
  }
  if (!in_use(after)) {
    unlink_chunk(after);
    size += chunk_size(after);
  }
  c->size = size | (c->size & PREVIOUS_IN_USE);
  release(c, size);
}

/* Empties the fast lists into the others. */
static void consolidate(void) {
  int index;
  for (index = 0; index <= FAST_LIMIT / 16; index++) {
    struct chunk *c = fast[index];
    fast[index] = NULL;
    while (c != NULL) {
      struct chunk *next = c->next;
      c->size &= ~FAST_FREE;
      free_chunk(c);
      c = next;
    }
  }
  fast_any = 0;
}

void free(void *pointer) {
  struct chunk *c, **list;
  size_t word, size;
  if (pointer == NULL) return;
  c = (struct chunk *)((unsigned char *)pointer - HEADER_SIZE);
  if ((unsigned char *)c < heap_start || (unsigned char *)c >= (unsigned char *)top ||
      ((unsigned long)pointer & 15) != 0) {
    goto invalid;
  }
  word = c->size;
  size = word & ~FLAGS;
  if ((word & FAST_FREE) != 0 || (((struct chunk *)((unsigned char *)c + size))->size & PREVIOUS_IN_USE) == 0) {
    goto twice;
  }
  if (size <= FAST_LIMIT) {
    /* Written out rather than through helpers: this is the path most frees take. */
    list = &fast[size >> 4];
    c->size = word | FAST_FREE;
    c->next = *list;
    *list = c;
    fast_any = 1;
    return;
  }
  free_chunk(c);
  return;
invalid:
  __tessera_abort("free(): invalid pointer");
  return;
twice:
  __tessera_abort("free(): double free or invalid pointer");
}

void *calloc(size_t count, size_t size) {
  void *pointer;
  if (count != 0 && size > LARGEST_REQUEST / count) {
    errno = ENOMEM;
    return NULL;
  }
  pointer = malloc(count * size);
  if (pointer != NULL) memset(pointer, 0, count * size);
  return pointer;
}

void *realloc(void *pointer, size_t request) {
  struct chunk *c, *after;
  size_t size, old;
  void *moved;
  if (pointer == NULL) return malloc(request);
  if (request == 0) {
    free(pointer);
    return NULL;
  }
  if (request > LARGEST_REQUEST) {
    errno = ENOMEM;
    return NULL;
  }
  size = (request + OVERHEAD + 15) & ~15ul;
  if (size < MIN_CHUNK) size = MIN_CHUNK;
  c = chunk_of(pointer);
  old = chunk_size(c);
  if (size <= old) {
    trim(c, size);
    return pointer;
  }
  after = chunk_at(c, old);
  if (after == top) {
    if (top_size() < size - old + MIN_CHUNK && !grow(size - old + MIN_CHUNK)) {
      errno = ENOMEM;
      return NULL;
    }
    c->size = size | (c->size & PREVIOUS_IN_USE);
    top = chunk_at(c, size);
    top->size = PREVIOUS_IN_USE;
    return pointer;
  }
  if (!in_use(after) && old + chunk_size(after) >= size) {
    unlink_chunk(after);
    c->size = (old + chunk_size(after)) | (c->size & PREVIOUS_IN_USE);
    chunk_at(c, chunk_size(c))->size |= PREVIOUS_IN_USE;
    trim(c, size);
    return pointer;
  }
  moved = malloc(request);
  if (moved == NULL) return NULL;
  memcpy(moved, pointer, old - OVERHEAD);
  free(pointer);
  return moved;
}
