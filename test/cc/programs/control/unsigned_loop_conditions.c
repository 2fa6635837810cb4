/* Loop conditions on unsigned and size_t counters, including counting down to zero without wrapping. */
#include <stddef.h>
#include <stdio.h>

int main(void) {
  const char text[] = "unsigned";
  for (size_t i = sizeof text - 1; i > 0; i--) putchar(text[i - 1]);
  putchar('\n');
  unsigned n = 0;
  for (unsigned i = 0; i < 10u; i += 3) n += i;
  printf("%u\n", n);
  unsigned char c = 0;
  int loops = 0;
  do {
    c += 51;
    loops++;
  } while (c != 0);
  printf("%d\n", loops);
  size_t len = 5, iterations = 0;
  while (len--) iterations++;
  printf("%zu %zu\n", iterations, len);
  unsigned x = 1;
  int shifts = 0;
  while (x) {
    x <<= 1;
    shifts++;
  }
  printf("%d\n", shifts);
  return 0;
}
