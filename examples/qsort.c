// qsort.c: sorts words with the C library's qsort and strcmp, then prints them with their lengths.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int compare_words(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(void) {
  const char *words[] = {"virtual", "machine", "tessera", "register", "assembly", "compiler",
                         "interpreter", "fuel", "trap", "snapshot", "module", "bytecode",
                         "wasm", "debugger", "profiler", "heap", "stack", "alpha", "zebra"};
  size_t count = sizeof words / sizeof words[0];
  qsort(words, count, sizeof words[0], compare_words);
  for (size_t i = 0; i < count; i++) printf("%2zu. %-12s %zu\n", i + 1, words[i], strlen(words[i]));
  return 0;
}
