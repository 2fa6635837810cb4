/* qsort with several comparators (keys are distinct, so the unstable sort is deterministic) and bsearch. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

struct person { const char *name; int age; };
static int cmp_age(const void *a, const void *b) {
  return ((const struct person *)a)->age - ((const struct person *)b)->age;
}

int main(void) {
  int xs[] = {42, -7, 19, 0, 100, 3, -50, 8, 77, 1, 65, -2};
  size_t n = sizeof xs / sizeof xs[0];
  qsort(xs, n, sizeof xs[0], cmp_int);
  for (size_t i = 0; i < n; i++) printf("%d ", xs[i]);
  printf("\n");
  int keys[] = {19, -50, 100, 4, -51};
  for (int i = 0; i < 5; i++) {
    int *hit = bsearch(&keys[i], xs, n, sizeof xs[0], cmp_int);
    printf("%d -> %ld\n", keys[i], hit ? (long)(hit - xs) : -1L);
  }
  qsort(xs, n, sizeof xs[0], cmp_int_desc);
  for (size_t i = 0; i < n; i++) printf("%d ", xs[i]);
  printf("\n");
  const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "date", "elderberry", "grape"};
  qsort(words, 8, sizeof words[0], cmp_str);
  for (int i = 0; i < 8; i++) printf("%s ", words[i]);
  printf("\n");
  const char *key = "fig";
  const char **found = bsearch(&key, words, 8, sizeof words[0], cmp_str);
  printf("%ld\n", found ? (long)(found - words) : -1L);
  double ds[] = {3.5, -1.25, 2.0, 1e10, -1e-3, 0.0};
  qsort(ds, 6, sizeof ds[0], cmp_double);
  for (int i = 0; i < 6; i++) printf("%g ", ds[i]);
  printf("\n");
  struct person people[] = {{"ann", 31}, {"bob", 25}, {"cy", 40}, {"di", 19}};
  qsort(people, 4, sizeof people[0], cmp_age);
  for (int i = 0; i < 4; i++) printf("%s:%d ", people[i].name, people[i].age);
  printf("\n");
  qsort(xs, 0, sizeof xs[0], cmp_int);
  qsort(xs, 1, sizeof xs[0], cmp_int);
  printf("%d\n", xs[0]);
  int big[200];
  for (int i = 0; i < 200; i++) big[i] = (i * 7919) % 200;
  qsort(big, 200, sizeof big[0], cmp_int);
  int sorted = 1;
  for (int i = 0; i < 200; i++) sorted = sorted && big[i] == i;
  printf("%d\n", sorted);
  return 0;
}
