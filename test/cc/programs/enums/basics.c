/* Enumeration constants: implicit values count up from the previous one, explicit values may repeat or go negative. */
#include <stdio.h>

enum color { RED, GREEN, BLUE };
enum mixed { A = 5, B, C = -3, D, E = B + 10, F = 'x', G };
enum same { ONE = 1, UNO = 1, EINS = ONE };

int main(void) {
  printf("%d %d %d\n", RED, GREEN, BLUE);
  printf("%d %d %d %d %d %d %d\n", A, B, C, D, E, F, G);
  printf("%d %d %d\n", ONE, UNO, EINS);
  enum color c = BLUE;
  printf("%d %d\n", c, c == 2);
  c = (enum color)(c - 1);
  printf("%d\n", c);
  int sum = 0;
  for (enum color k = RED; k <= BLUE; k++) sum += k;
  printf("%d\n", sum);
  printf("%d %d\n", (int)sizeof(enum color), (int)sizeof(RED));
  return 0;
}
