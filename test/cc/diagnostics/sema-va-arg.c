/* va_arg with types that promote, and with something that is not a va_list. */
#include <stdarg.h>
int sum(int n, ...) {
  va_list ap;
  int not_a_list = 0;
  va_start(ap, n);
  char c = va_arg(ap, char); // warning
  float f = va_arg(ap, float); // warning
  int i = va_arg(not_a_list, int); // error
  va_end(ap);
  return c + (int)f + i;
}
int main(void) { return sum(3, 1, 2.0, 3); }
