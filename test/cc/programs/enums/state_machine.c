/* An enum-driven state machine that recognises numbers with an optional sign and fraction. */
#include <stdio.h>

enum state { START, SIGN, INT, DOT, FRAC, BAD };

static int accepts(const char *s) {
  enum state st = START;
  for (; *s; s++) {
    char c = *s;
    int digit = c >= '0' && c <= '9';
    switch (st) {
    case START: st = (c == '-' || c == '+') ? SIGN : digit ? INT : BAD; break;
    case SIGN: st = digit ? INT : BAD; break;
    case INT: st = digit ? INT : c == '.' ? DOT : BAD; break;
    case DOT: st = digit ? FRAC : BAD; break;
    case FRAC: st = digit ? FRAC : BAD; break;
    case BAD: return 0;
    }
  }
  return st == INT || st == FRAC;
}

int main(void) {
  const char *inputs[] = {"12", "-3.25", "+", "1.", ".5", "7.7.7", "", "-0", "42x", "+100.001"};
  for (int i = 0; i < 10; i++) printf("'%s' %d\n", inputs[i], accepts(inputs[i]));
  return 0;
}
