/* errno is set to ERANGE when strtol or strtoul overflow, and the result saturates; strtod too. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  errno = 0;
  long v = strtol("99999999999999999999", NULL, 10);
  printf("%ld %d\n", v, errno == ERANGE);
  errno = 0;
  v = strtol("-99999999999999999999", NULL, 10);
  printf("%ld %d\n", v, errno == ERANGE);
  errno = 0;
  v = strtol("123", NULL, 10);
  printf("%ld %d\n", v, errno);
  errno = 0;
  unsigned long u = strtoul("18446744073709551616", NULL, 10);
  printf("%lu %d\n", u, errno == ERANGE);
  errno = 0;
  double d = strtod("1e400", NULL);
  printf("%g %d\n", d, errno == ERANGE);
  errno = 0;
  d = strtod("-1e400", NULL);
  printf("%g %d\n", d, errno == ERANGE);
  errno = 0;
  v = strtol("9223372036854775807", NULL, 10);
  printf("%d %d\n", v == LONG_MAX, errno);
  errno = 12345;
  printf("%d\n", errno);
  return 0;
}
