/* sizeof an array is its whole size; most uses of an array decay to a pointer to its first element. */
#include <stdio.h>

static size_t param_size(int a[10]) { return sizeof a; }
static size_t param_size2(int a[][3]) { return sizeof a[0]; }

int main(void) {
  int a[10];
  char s[] = "hello";
  double d[3][3];
  printf("%d %d %d\n", (int)sizeof a, (int)sizeof s, (int)sizeof d);
  int im[2][3];
  printf("%d %d\n", (int)param_size(a), (int)param_size2(im));
  printf("%d %d\n", (int)sizeof(a + 1), (int)sizeof(&a));
  printf("%d %d\n", (int)sizeof *a, (int)sizeof(&a[0]));
  printf("%d\n", (int)(sizeof s - 1));
  int *p = a;
  printf("%d\n", p == &a[0]);
  printf("%d\n", (void *)&a == (void *)a);
  printf("%d\n", (int)sizeof(int[7]));
  printf("%d\n", (int)(sizeof a / sizeof *a));
  const char *strs[] = {"a", "bb", "ccc"};
  printf("%d %d\n", (int)sizeof strs, (int)sizeof strs[0]);
  char two[2][6] = {"ab", "cdefg"};
  printf("%d %s %s\n", (int)sizeof two, two[0], two[1]);
  return 0;
}
