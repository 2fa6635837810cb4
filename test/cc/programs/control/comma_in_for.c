/* The comma operator in for-loop headers: two counters, swapping ends, and side effects in the condition. */
#include <stdio.h>
#include <string.h>

int main(void) {
  char s[] = "abcdefgh";
  for (int i = 0, j = (int)strlen(s) - 1; i < j; i++, j--) {
    char t = s[i];
    s[i] = s[j];
    s[j] = t;
  }
  printf("%s\n", s);
  int a, b;
  for (a = 0, b = 100; a < b; a += 10, b -= 10) printf("%d-%d ", a, b);
  printf("\n");
  int n = 0, steps = 0;
  for (n = 27; steps++, n != 1; n = n % 2 ? 3 * n + 1 : n / 2) {
  }
  printf("%d\n", steps);
  int fib_a = 0, fib_b = 1, t;
  for (int k = 0; k < 20; k++, t = fib_a + fib_b, fib_a = fib_b, fib_b = t) {
  }
  printf("%d\n", fib_a);
  return 0;
}
