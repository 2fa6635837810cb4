/* qsort.c: qsort as introsort (median-of-three quicksort, insertion sort for short runs, heapsort when */
/* the recursion gets too deep), so it is O(n log n) on every input; and bsearch. */
#include <stdlib.h>

typedef int (*comparison)(const void *, const void *);

#define INSERTION_LIMIT 12

static void swap_bytes(char *a, char *b, size_t size) {
  size_t i;
  if (a == b) return;
  if (size % sizeof(long) == 0 && ((unsigned long)a | (unsigned long)b) % sizeof(long) == 0) {
    long *x = (long *)a, *y = (long *)b;
    for (i = 0; i < size / sizeof(long); i++) {
      long t = x[i];
      x[i] = y[i];
      y[i] = t;
    }
    return;
  }
  for (i = 0; i < size; i++) {
    char t = a[i];
    a[i] = b[i];
    b[i] = t;
  }
}

static void insertion_sort(char *base, size_t count, size_t size, comparison compare) {
  size_t i, j;
  for (i = 1; i < count; i++) {
    for (j = i; j > 0 && compare(base + (j - 1) * size, base + j * size) > 0; j--) {
      swap_bytes(base + (j - 1) * size, base + j * size, size);
    }
  }
}

static void sift_down(char *base, size_t root, size_t count, size_t size, comparison compare) {
  for (;;) {
    size_t child = 2 * root + 1;
    if (child >= count) return;
    if (child + 1 < count && compare(base + child * size, base + (child + 1) * size) < 0) child++;
    if (compare(base + root * size, base + child * size) >= 0) return;
    swap_bytes(base + root * size, base + child * size, size);
    root = child;
  }
}

static void heap_sort(char *base, size_t count, size_t size, comparison compare) {
  size_t i;
  for (i = count / 2; i > 0; i--) sift_down(base, i - 1, count, size, compare);
  for (i = count - 1; i > 0; i--) {
    swap_bytes(base, base + i * size, size);
    sift_down(base, 0, i, size, compare);
  }
}

static void introsort(char *base, size_t count, size_t size, comparison compare, int depth) {
  while (count > INSERTION_LIMIT) {
    char *first = base, *middle = base + (count / 2) * size, *last = base + (count - 1) * size;
    size_t left, right;
    if (depth-- == 0) {
      heap_sort(base, count, size, compare);
      return;
    }
    /* Order first, middle, last; the median goes to the front as the pivot. */
    if (compare(middle, first) < 0) swap_bytes(middle, first, size);
    if (compare(last, middle) < 0) {
      swap_bytes(last, middle, size);
      if (compare(middle, first) < 0) swap_bytes(middle, first, size);
    }
    swap_bytes(first, middle, size);
    /* Hoare partition: stopping on equal keys keeps runs of equal elements balanced. */
    left = 1;
    right = count - 1;
    for (;;) {
      while (compare(base + left * size, base) < 0) left++;
      while (compare(base, base + right * size) < 0) right--;
      if (left >= right) break;
      swap_bytes(base + left * size, base + right * size, size);
      left++;
      right--;
    }
    swap_bytes(base, base + right * size, size);
    /* Recurse into the smaller side and loop on the larger, so the stack stays O(log n). */
    if (right < count - right - 1) {
      introsort(base, right, size, compare, depth);
      base += (right + 1) * size;
      count -= right + 1;
    } else {
      introsort(base + (right + 1) * size, count - right - 1, size, compare, depth);
      count = right;
    }
  }
  insertion_sort(base, count, size, compare);
}

void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *)) {
  int depth = 0;
  size_t n;
  if (count < 2 || size == 0) return;
  for (n = count; n > 1; n >>= 1) depth += 2;
  introsort(base, count, size, compare, depth);
}

void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *)) {
  const char *low = base;
  while (count > 0) {
    const char *middle = low + (count / 2) * size;
    int order = compare(key, middle);
    if (order == 0) return (void *)middle;
    if (order > 0) {
      low = middle + size;
      count -= count / 2 + 1;
    } else {
      count /= 2;
    }
  }
  return NULL;
}
