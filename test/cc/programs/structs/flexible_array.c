/* A C99 flexible array member at the end of a malloc'd struct. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct buffer {
  size_t length;
  char data[];
};

struct series {
  int count;
  double values[];
};

int main(void) {
  printf("%d %d\n", (int)sizeof(struct buffer), (int)sizeof(struct series));
  const char *text = "flexible";
  struct buffer *b = malloc(sizeof *b + strlen(text) + 1);
  if (!b) return 1;
  b->length = strlen(text);
  memcpy(b->data, text, b->length + 1);
  printf("%zu %s\n", b->length, b->data);
  free(b);
  struct series *s = malloc(sizeof *s + 5 * sizeof(double));
  if (!s) return 1;
  s->count = 5;
  for (int i = 0; i < s->count; i++) s->values[i] = i * 1.5;
  double sum = 0;
  for (int i = 0; i < s->count; i++) sum += s->values[i];
  printf("%g\n", sum);
  free(s);
  return 0;
}
