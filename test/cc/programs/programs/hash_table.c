/* A chained hash table with string keys on the heap: insert, update, lookup, delete and resize. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
  char *key;
  int value;
  struct entry *next;
};

struct table {
  struct entry **buckets;
  size_t size, count;
};

static unsigned long hash(const char *s) {
  unsigned long h = 14695981039346656037UL;
  while (*s) h = (h ^ (unsigned char)*s++) * 1099511628211UL;
  return h;
}

static char *dup(const char *s) {
  char *d = malloc(strlen(s) + 1);
  if (!d) exit(1);
  return strcpy(d, s);
}

static void resize(struct table *t, size_t size) {
  struct entry **b = calloc(size, sizeof *b);
  if (!b) exit(1);
  for (size_t i = 0; i < t->size; i++)
    for (struct entry *e = t->buckets[i], *next; e; e = next) {
      next = e->next;
      size_t k = hash(e->key) % size;
      e->next = b[k];
      b[k] = e;
    }
  free(t->buckets);
  t->buckets = b;
  t->size = size;
}

static void put(struct table *t, const char *key, int value) {
  size_t k = hash(key) % t->size;
  for (struct entry *e = t->buckets[k]; e; e = e->next)
    if (strcmp(e->key, key) == 0) {
      e->value = value;
      return;
    }
  struct entry *e = malloc(sizeof *e);
  if (!e) exit(1);
  e->key = dup(key);
  e->value = value;
  e->next = t->buckets[k];
  t->buckets[k] = e;
  if (++t->count > t->size * 2) resize(t, t->size * 4);
}

static int get(const struct table *t, const char *key, int *value) {
  for (struct entry *e = t->buckets[hash(key) % t->size]; e; e = e->next)
    if (strcmp(e->key, key) == 0) {
      *value = e->value;
      return 1;
    }
  return 0;
}

static int del(struct table *t, const char *key) {
  for (struct entry **link = &t->buckets[hash(key) % t->size]; *link; link = &(*link)->next)
    if (strcmp((*link)->key, key) == 0) {
      struct entry *dead = *link;
      *link = dead->next;
      free(dead->key);
      free(dead);
      t->count--;
      return 1;
    }
  return 0;
}

int main(void) {
  struct table t = {NULL, 0, 0};
  t.buckets = calloc(4, sizeof *t.buckets);
  if (!t.buckets) return 1;
  t.size = 4;
  char key[16];
  for (int i = 0; i < 500; i++) {
    sprintf(key, "key%d", i);
    put(&t, key, i * i);
  }
  put(&t, "key7", -7);
  printf("count %zu size %zu\n", t.count, t.size);
  int v;
  const char *probes[] = {"key0", "key7", "key499", "key500", "nope"};
  for (int i = 0; i < 5; i++) {
    if (get(&t, probes[i], &v)) printf("%s = %d\n", probes[i], v);
    else printf("%s missing\n", probes[i]);
  }
  int removed = 0;
  for (int i = 0; i < 500; i += 3) {
    sprintf(key, "key%d", i);
    removed += del(&t, key);
  }
  int again = del(&t, "key0");
  printf("removed %d count %zu %d\n", removed, t.count, again);
  long sum = 0;
  for (size_t i = 0; i < t.size; i++)
    for (struct entry *e = t.buckets[i]; e; e = e->next) sum += e->value;
  printf("sum %ld\n", sum);
  for (size_t i = 0; i < t.size; i++)
    for (struct entry *e = t.buckets[i], *next; e; e = next) {
      next = e->next;
      free(e->key);
      free(e);
    }
  free(t.buckets);
  return 0;
}
