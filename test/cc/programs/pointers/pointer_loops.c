/* Walking buffers with pointers of different widths: sums, searches and two-pointer loops. */
#include <stdio.h>

static long sum_longs(const long *begin, const long *end) {
  long s = 0;
  while (begin < end) s += *begin++;
  return s;
}

static const short *find_short(const short *p, int n, short key) {
  for (const short *e = p + n; p != e; ++p)
    if (*p == key) return p;
  return 0;
}

int main(void) {
  long ls[6] = {1, -2, 3, -4, 5, 1L << 40};
  printf("%ld\n", sum_longs(ls, ls + 6));
  printf("%ld\n", sum_longs(ls + 2, ls + 4));
  short ss[] = {9, 8, 7, 6, 5, 4};
  const short *hit = find_short(ss, 6, 6);
  printf("%td\n", hit ? hit - ss : -1);
  printf("%d\n", find_short(ss, 6, 42) == 0);
  int sorted[] = {1, 3, 4, 6, 8, 11, 15};
  int target = 14, *lo = sorted, *hi = sorted + 6, found = 0;
  while (lo < hi) {
    int s = *lo + *hi;
    if (s == target) {
      printf("%d + %d\n", *lo, *hi);
      found = 1;
      lo++;
    } else if (s < target) lo++;
    else hi--;
  }
  printf("%d\n", found);
  unsigned char bytes[] = {1, 2, 3, 4, 5, 6, 7, 8};
  unsigned long packed = 0;
  for (unsigned char *b = bytes + 8; b-- != bytes;) packed = packed << 8 | *b;
  printf("%016lx\n", packed);
  return 0;
}
