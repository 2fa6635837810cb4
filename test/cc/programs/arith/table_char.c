/* char (signed here), signed char and unsigned char at their edges, with promotion to int. */
#include <limits.h>
#include <stdio.h>

static const signed char svalues[] = {SCHAR_MIN, -127, -64, -1, 0, 1, 63, 126, SCHAR_MAX};
static const unsigned char uvalues[] = {0, 1, 127, 128, 129, 200, 254, UCHAR_MAX};

int main(void) {
  for (int i = 0; i < 9; i++) {
    for (int j = 0; j < 9; j++) {
      signed char a = svalues[i], b = svalues[j];
      signed char s = (signed char)(a + b), m = (signed char)(a * b);
      printf("%d %d: %d %d %d %d", a, b, a + b, a * b, s, m);
      if (b != 0) printf(" %d %d", a / b, a % b);
      printf("\n");
    }
  }
  for (int i = 0; i < 8; i++) {
    for (int j = 0; j < 8; j++) {
      unsigned char a = uvalues[i], b = uvalues[j];
      unsigned char s = a + b, d = a - b, m = a * b;
      printf("%u %u: %d %d %d | %u %u %u", a, b, a + b, a - b, a * b, s, d, m);
      if (b != 0) printf(" %d %d", a / b, a % b);
      printf("\n");
    }
  }
  char c = CHAR_MIN;
  printf("%d %d %d %d\n", CHAR_MIN, CHAR_MAX, c, (char)(c - 1));
  return 0;
}
