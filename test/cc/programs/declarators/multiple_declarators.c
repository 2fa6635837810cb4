/* Several declarators in one declaration share the specifiers but not the pointer or array parts. */
#include <stdio.h>

int main(void) {
  int a = 1, *p = &a, arr[3] = {4, 5, 6}, (*pa)[3] = &arr, **pp = &p;
  printf("%d %d %d %d %d\n", a, *p, arr[1], (*pa)[2], **pp);
  printf("%d %d %d\n", (int)sizeof a, (int)sizeof p, (int)sizeof arr);
  char c = 'c', *s = "str", buf[4] = "bu";
  printf("%c %s %s\n", c, s, buf);
  const int k = 3, *kp = &k;
  printf("%d\n", *kp);
  static int counter, values[2] = {7, 8};
  printf("%d %d\n", counter, values[1]);
  unsigned long x = 1, y = x << 40, z;
  z = x + y;
  printf("%lu\n", z);
  return 0;
}
