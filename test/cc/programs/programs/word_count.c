/* wc on a built-in text: lines, words and characters, plus the most frequent words with a small hash table. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char text[] =
    "It was the best of times, it was the worst of times,\n"
    "it was the age of wisdom, it was the age of foolishness,\n"
    "it was the epoch of belief, it was the epoch of incredulity,\n"
    "it was the season of Light, it was the season of Darkness,\n"
    "it was the spring of hope, it was the winter of despair.\n";

struct entry { char word[16]; int count; };
static struct entry table[128];

static unsigned hash(const char *s) {
  unsigned h = 5381;
  while (*s) h = h * 33 + (unsigned char)*s++;
  return h;
}

static void add(const char *w) {
  unsigned i = hash(w) % 128;
  while (table[i].count && strcmp(table[i].word, w) != 0) i = (i + 1) % 128;
  strcpy(table[i].word, w);
  table[i].count++;
}

int main(void) {
  int lines = 0, words = 0, chars = 0, in_word = 0;
  char word[16];
  int len = 0;
  for (const char *p = text; *p; p++) {
    chars++;
    if (*p == '\n') lines++;
    if (isalpha((unsigned char)*p)) {
      if (!in_word) words++;
      in_word = 1;
      if (len < 15) word[len++] = (char)tolower((unsigned char)*p);
    } else {
      if (in_word) {
        word[len] = 0;
        add(word);
        len = 0;
      }
      in_word = 0;
    }
  }
  printf("%d %d %d\n", lines, words, chars);
  for (int round = 0; round < 5; round++) {
    int best = -1;
    for (int i = 0; i < 128; i++)
      if (table[i].count > 0 && (best < 0 || table[i].count > table[best].count ||
                                 (table[i].count == table[best].count && strcmp(table[i].word, table[best].word) < 0)))
        best = i;
    printf("%s %d\n", table[best].word, table[best].count);
    table[best].count = -table[best].count;
  }
  return 0;
}
