/* Recursion over arrays: binary search, merge sort with a scratch buffer, permutations and subsets. */
#include <stdio.h>

static int bsearch_rec(const int *a, int lo, int hi, int key) {
  if (lo > hi) return -1;
  int mid = lo + (hi - lo) / 2;
  if (a[mid] == key) return mid;
  return a[mid] < key ? bsearch_rec(a, mid + 1, hi, key) : bsearch_rec(a, lo, mid - 1, key);
}

static void merge_sort(int *a, int *tmp, int n) {
  if (n < 2) return;
  int h = n / 2;
  merge_sort(a, tmp, h);
  merge_sort(a + h, tmp, n - h);
  int i = 0, j = h, k = 0;
  while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < h) tmp[k++] = a[i++];
  while (j < n) tmp[k++] = a[j++];
  for (k = 0; k < n; k++) a[k] = tmp[k];
}

static char perm[5];
static int used[5];
static int count;
static void permute(const char *items, int n, int depth) {
  if (depth == n) {
    if (count++ < 8) printf("%.*s ", n, perm);
    return;
  }
  for (int i = 0; i < n; i++) {
    if (used[i]) continue;
    used[i] = 1;
    perm[depth] = items[i];
    permute(items, n, depth + 1);
    used[i] = 0;
  }
}

static int subsets_with_sum(const int *a, int n, int target) {
  if (target == 0) return 1;
  if (n == 0) return 0;
  return subsets_with_sum(a + 1, n - 1, target - a[0]) + subsets_with_sum(a + 1, n - 1, target);
}

int main(void) {
  int a[] = {38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 64, 21};
  int tmp[12];
  merge_sort(a, tmp, 12);
  for (int i = 0; i < 12; i++) printf("%d ", a[i]);
  printf("\n%d %d %d\n", bsearch_rec(a, 0, 11, 43), bsearch_rec(a, 0, 11, -5), bsearch_rec(a, 0, 11, 44));
  permute("abcd", 4, 0);
  printf("\n%d\n", count);
  int w[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  printf("%d\n", subsets_with_sum(w, 10, 15));
  return 0;
}
