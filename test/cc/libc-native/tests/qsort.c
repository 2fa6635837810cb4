/* qsort.c: qsort against a simple merge sort on random arrays of several element sizes, on sorted, */
/* reversed, constant and organ-pipe arrays with the comparison count bounded (no quadratic cases), */
/* and bsearch. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long random_state = 0x1234567887654321ULL;

static unsigned long long next_random(void) {
  random_state ^= random_state << 13;
  random_state ^= random_state >> 7;
  random_state ^= random_state << 17;
  return random_state;
}

static long comparisons;

static int compare_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  comparisons++;
  return (x > y) - (x < y);
}

struct record {
  int key;
  char name[9];
  double weight;
};

static int compare_record(const void *a, const void *b) {
  const struct record *x = a, *y = b;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  return strcmp(x->name, y->name);
}

static int compare_char(const void *a, const void *b) { return *(const unsigned char *)a - *(const unsigned char *)b; }

static void merge_sort(int *values, int *scratch, int count) {
  int middle = count / 2, i = 0, j, k = 0;
  if (count < 2) return;
  merge_sort(values, scratch, middle);
  merge_sort(values + middle, scratch, count - middle);
  j = middle;
  while (i < middle && j < count) scratch[k++] = values[i] <= values[j] ? values[i++] : values[j++];
  while (i < middle) scratch[k++] = values[i++];
  while (j < count) scratch[k++] = values[j++];
  memcpy(values, scratch, (size_t)count * sizeof(int));
}

static int bound_ok(long count, long compared) {
  long log2 = 1;
  while ((1L << log2) < count) log2++;
  return compared <= 4 * count * log2 + 100;
}

int main(void) {
  static int a[100000], b[100000], scratch[100000];
  static struct record records[5000], copy[5000];
  static const int sizes[] = {0, 1, 2, 3, 5, 10, 13, 50, 100, 1000, 12345, 100000};
  size_t s;
  int i, failures = 0;
  for (s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
    int n = sizes[s], pattern;
    for (pattern = 0; pattern < 7; pattern++) {
      for (i = 0; i < n; i++) {
        switch (pattern) {
        case 0: a[i] = (int)(next_random() % 1000000000) - 500000000; break;
        case 1: a[i] = i; break;
        case 2: a[i] = n - i; break;
        case 3: a[i] = 7; break;
        case 4: a[i] = i < n / 2 ? i : n - i; break;
        case 5: a[i] = (int)(next_random() % 4); break;
        default: a[i] = i % 2 == 0 ? i : -i; break;
        }
      }
      memcpy(b, a, (size_t)n * sizeof(int));
      merge_sort(b, scratch, n);
      comparisons = 0;
      qsort(a, (size_t)n, sizeof(int), compare_int);
      if (memcmp(a, b, (size_t)n * sizeof(int)) != 0) {
        printf("qsort of %d ints, pattern %d: wrong order\n", n, pattern);
        failures++;
      }
      if (!bound_ok(n, comparisons)) {
        printf("qsort of %d ints, pattern %d: %ld comparisons\n", n, pattern, comparisons);
        failures++;
      }
    }
  }
  for (i = 0; i < 5000; i++) {
    int j;
    records[i].key = (int)(next_random() % 100);
    for (j = 0; j < 8; j++) records[i].name[j] = (char)('a' + next_random() % 26);
    records[i].name[8] = '\0';
    records[i].weight = (double)i;
  }
  memcpy(copy, records, sizeof records);
  qsort(records, 5000, sizeof records[0], compare_record);
  for (i = 1; i < 5000; i++)
    if (compare_record(&records[i - 1], &records[i]) > 0) failures++;
  printf("records sorted; first %d %s, last %d %s\n", records[0].key, records[0].name, records[4999].key,
         records[4999].name);
  {
    char text[] = "the quick brown fox jumps over the lazy dog";
    qsort(text, strlen(text), 1, compare_char);
    printf("[%s]\n", text);
  }
  for (i = 0; i < 1000; i++) a[i] = i * 3;
  for (i = -2; i < 3003; i += 1) {
    int key = i;
    int *found = bsearch(&key, a, 1000, sizeof(int), compare_int);
    int expected = i >= 0 && i % 3 == 0 && i < 3000;
    if ((found != NULL) != expected || (found != NULL && *found != key)) failures++;
  }
  printf("bsearch on empty: %s\n", bsearch(&i, a, 0, sizeof(int), compare_int) == NULL ? "NULL" : "found");
  printf("%d failures\n", failures);
  return failures != 0;
}
