/* malloc.c: malloc, calloc, realloc and free under stress: random sizes and orders, contents checked */
/* (each block filled with a pattern from its id), alignment, zeroed calloc memory, and failure on */
/* impossible sizes. Prints only what any correct allocator prints. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 4096

static unsigned long long random_state = 88172645463325252ULL;

static unsigned long long next_random(void) {
  random_state ^= random_state << 13;
  random_state ^= random_state >> 7;
  random_state ^= random_state << 17;
  return random_state;
}

struct slot {
  unsigned char *pointer;
  size_t size;
  unsigned char seed;
};

static struct slot slots[SLOTS];
static long failures;

static void fill(struct slot *s) {
  size_t i;
  for (i = 0; i < s->size; i++) s->pointer[i] = (unsigned char)(s->seed + i * 7);
}

static void check(const struct slot *s, size_t size) {
  size_t i;
  for (i = 0; i < size; i++) {
    if (s->pointer[i] != (unsigned char)(s->seed + i * 7)) {
      if (failures++ < 10) printf("corrupt block of %zu bytes at offset %zu\n", s->size, i);
      return;
    }
  }
}

static size_t random_size(void) {
  unsigned long long r = next_random();
  switch (r % 8) {
  case 0: return (size_t)(r >> 8) % 8;
  case 1:
  case 2:
  case 3: return (size_t)(r >> 8) % 64;
  case 4:
  case 5: return (size_t)(r >> 8) % 1024;
  case 6: return (size_t)(r >> 8) % 16384;
  default: return (size_t)(r >> 8) % 70000;
  }
}

int main(void) {
  long operation, misaligned = 0;
  int i;
  for (operation = 0; operation < 200000; operation++) {
    struct slot *s = &slots[next_random() % SLOTS];
    unsigned long long action = next_random() % 10;
    if (s->pointer != NULL) check(s, s->size);
    if (s->pointer == NULL || action < 3) {
      free(s->pointer);
      s->size = random_size();
      s->seed = (unsigned char)next_random();
      if (action == 0) {
        size_t j;
        s->pointer = calloc(s->size, 1);
        if (s->pointer == NULL) {
          printf("calloc failed\n");
          return 1;
        }
        for (j = 0; j < s->size; j++)
          if (s->pointer[j] != 0 && failures++ < 10) printf("calloc memory not zero\n");
      } else {
        s->pointer = malloc(s->size);
      }
      if (s->pointer == NULL && s->size != 0) {
        printf("malloc(%zu) failed\n", s->size);
        return 1;
      }
      if (((uintptr_t)s->pointer & 15) != 0) misaligned++;
      fill(s);
    } else if (action < 6) {
      size_t size = random_size(), kept = size < s->size ? size : s->size;
      unsigned char *moved = realloc(s->pointer, size);
      if (moved == NULL && size != 0) {
        printf("realloc(%zu) failed\n", size);
        return 1;
      }
      s->pointer = moved;
      if (size == 0) {
        s->size = 0;
        continue;
      }
      if (((uintptr_t)s->pointer & 15) != 0) misaligned++;
      check(s, kept);
      s->size = size;
      fill(s);
    } else {
      free(s->pointer);
      s->pointer = NULL;
      s->size = 0;
    }
  }
  for (i = 0; i < SLOTS; i++) {
    if (slots[i].pointer != NULL) check(&slots[i], slots[i].size);
    free(slots[i].pointer);
  }
  printf("stress: %ld corrupt, %ld misaligned\n", failures, misaligned);

  /* Many small blocks, as a tree-building benchmark makes them, freed in several orders. */
  {
    void **blocks = malloc(200000 * sizeof(void *));
    int round;
    for (round = 0; round < 4; round++) {
      int count = 200000, k;
      for (k = 0; k < count; k++) {
        blocks[k] = malloc(16 + (round * 8));
        if (blocks[k] == NULL) {
          printf("small malloc failed\n");
          return 1;
        }
        memset(blocks[k], k & 0xff, 16);
      }
      for (k = 0; k < count; k++)
        if (((unsigned char *)blocks[k])[15] != (k & 0xff)) failures++;
      if (round % 2 == 0) {
        for (k = count - 1; k >= 0; k--) free(blocks[k]);
      } else {
        for (k = 0; k < count; k += 2) free(blocks[k]);
        for (k = 1; k < count; k += 2) free(blocks[k]);
      }
    }
    free(blocks);
    printf("small blocks: %ld corrupt\n", failures);
  }

  /* Impossible requests fail cleanly. */
  printf("huge malloc: %s\n", malloc((size_t)-1 / 2) == NULL ? "NULL" : "not NULL");
  printf("overflowing calloc: %s\n", calloc((size_t)1 << 40, (size_t)1 << 40) == NULL ? "NULL" : "not NULL");
  {
    void *p = malloc(100), *q = realloc(p, (size_t)-1 / 2);
    printf("huge realloc: %s, old block kept\n", q == NULL ? "NULL" : "not NULL");
    free(p);
  }
  printf("free(NULL) is fine\n");
  free(NULL);
  {
    char *p = realloc(NULL, 10);
    strcpy(p, "realloc");
    printf("%s\n", p);
    free(p);
  }
  return failures != 0;
}
