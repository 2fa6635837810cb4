/* A switch whose default sits between cases, with fallthrough into and out of it. */
#include <stdio.h>

enum token { NUMBER, PLUS, MINUS, LPAREN, RPAREN, END, UNKNOWN };

static int weight(enum token t) {
  int w = 0;
  switch (t) {
  case NUMBER: w += 1;
  case PLUS: w += 10;
    break;
  default: w += 100;
  case LPAREN: w += 1000;
    break;
  case END: w = -1;
  }
  return w;
}

int main(void) {
  for (int t = NUMBER; t <= UNKNOWN; t++) printf("%d ", weight((enum token)t));
  printf("\n");
  return 0;
}
