/* sprintf and snprintf: return values, truncation with and without room for the terminator, size 0 and NULL. */
#include <stdio.h>
#include <string.h>

int main(void) {
  char buf[32];
  int n = sprintf(buf, "%d-%s-%c", 42, "xy", 'z');
  printf("%d [%s] %zu\n", n, buf, strlen(buf));
  char small[6];
  memset(small, '#', sizeof small);
  n = snprintf(small, sizeof small, "%s", "hello world");
  printf("%d [%s]\n", n, small);
  n = snprintf(small, sizeof small, "%d", 12345);
  printf("%d [%s]\n", n, small);
  n = snprintf(small, sizeof small, "%d", 123456);
  printf("%d [%s]\n", n, small);
  memset(small, '#', sizeof small);
  n = snprintf(small, 1, "abc");
  printf("%d [%s] %c\n", n, small, small[1]);
  memset(small, '#', sizeof small);
  n = snprintf(small, 0, "abc");
  printf("%d %c\n", n, small[0]);
  n = snprintf(NULL, 0, "%d %s %f", 1000000, "text", 3.5);
  printf("%d\n", n);
  char exact[4];
  n = snprintf(exact, sizeof exact, "abc");
  printf("%d [%s]\n", n, exact);
  n = sprintf(buf, "%s", "");
  printf("%d [%s]\n", n, buf);
  char composed[64];
  int len = 0;
  for (int i = 0; i < 5; i++) len += sprintf(composed + len, "%d,", i * i);
  printf("%d [%s]\n", len, composed);
  return 0;
}
