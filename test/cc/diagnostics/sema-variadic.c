/* va_start in a function with no '...', and with a parameter that is not the last one. */
#include <stdarg.h>
int fixed(int n) {
  va_list ap;
  va_start(ap, n); // error
  va_end(ap);
  return n;
}
int sum(int first, int n, ...) {
  va_list ap;
  va_start(ap, first); // warning
  int total = va_arg(ap, int);
  va_end(ap);
  return total;
}
int main(void) { return fixed(1) + sum(1, 2, 3); }
