/* Pointers to pointers: changing the caller's pointer, walking argv-like arrays, triple indirection. */
#include <stdio.h>

static void advance(const char **cursor) { (*cursor)++; }
static void set_to(int **slot, int *target) { *slot = target; }

int main(void) {
  const char *text = "abcdef";
  const char *cursor = text;
  advance(&cursor);
  advance(&cursor);
  printf("%s\n", cursor);
  int a = 1, b = 2;
  int *p = &a;
  int **pp = &p;
  **pp = 10;
  set_to(pp, &b);
  **pp = 20;
  printf("%d %d %d\n", a, b, *p);
  int ***ppp = &pp;
  ***ppp = 30;
  printf("%d\n", b);
  const char *words[] = {"alpha", "beta", "gamma", 0};
  for (const char **w = words; *w; w++) printf("%s:%c ", *w, **w);
  printf("\n");
  const char **second = words + 1;
  printf("%c %c\n", (*second)[2], *(*(second + 1) + 1));
  char row0[] = "xy", row1[] = "zw";
  char *rows[] = {row0, row1};
  char **grid = rows;
  grid[1][0] = 'Z';
  printf("%s %s\n", rows[0], rows[1]);
  return 0;
}
