/* Reads all of standard input into a growing heap buffer, then prints the lines in reverse order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  size_t cap = 16, len = 0;
  char *data = malloc(cap);
  if (!data) return 1;
  int c;
  while ((c = getchar()) != EOF) {
    if (len + 1 >= cap) {
      cap *= 2;
      data = realloc(data, cap);
      if (!data) return 1;
    }
    data[len++] = (char)c;
  }
  data[len] = 0;
  char *lines[64];
  int n = 0;
  for (char *p = strtok(data, "\n"); p && n < 64; p = strtok(NULL, "\n")) lines[n++] = p;
  for (int i = n - 1; i >= 0; i--) printf("%s\n", lines[i]);
  printf("%zu bytes, %d lines\n", len, n);
  free(data);
  return 0;
}
