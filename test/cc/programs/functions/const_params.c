/* Parameters qualified const, arrays of const, and functions that return const-qualified pointers. */
#include <stdio.h>

static const char *longest(const char *const *words, int n) {
  const char *best = words[0];
  int best_len = 0;
  for (int i = 0; i < n; i++) {
    int len = 0;
    while (words[i][len]) len++;
    if (len > best_len) {
      best_len = len;
      best = words[i];
    }
  }
  return best;
}

static int sum(const int n, const int xs[const]) {
  int s = 0;
  for (int i = 0; i < n; i++) s += xs[i];
  return s;
}

int main(void) {
  const char *words[] = {"a", "abcd", "abc", "abcde", "ab"};
  printf("%s\n", longest(words, 5));
  const int xs[] = {1, 2, 3, 4};
  printf("%d\n", sum(4, xs));
  return 0;
}
