/* A reverse-Polish calculator over built-in expressions, with error handling for bad input. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int eval(const char *expr, double *result) {
  double stack[32];
  int sp = 0;
  char buf[128];
  strncpy(buf, expr, sizeof buf - 1);
  buf[sizeof buf - 1] = 0;
  for (char *tok = strtok(buf, " "); tok; tok = strtok(NULL, " ")) {
    if (isdigit((unsigned char)tok[0]) || (tok[0] == '-' && isdigit((unsigned char)tok[1]))) {
      if (sp == 32) return -1;
      stack[sp++] = strtod(tok, NULL);
      continue;
    }
    if (strlen(tok) != 1 || sp < 2) return -2;
    double b = stack[--sp], a = stack[--sp];
    switch (tok[0]) {
    case '+': stack[sp++] = a + b; break;
    case '-': stack[sp++] = a - b; break;
    case '*': stack[sp++] = a * b; break;
    case '/':
      if (b == 0) return -3;
      stack[sp++] = a / b;
      break;
    default: return -4;
    }
  }
  if (sp != 1) return -5;
  *result = stack[0];
  return 0;
}

int main(void) {
  const char *exprs[] = {"3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * 5 6 * + *", "1.5 -2.5 /", "1 0 /", "1 +", "1 2 3", "7 2 %", "100"};
  for (int i = 0; i < 9; i++) {
    double r;
    int status = eval(exprs[i], &r);
    if (status == 0) printf("%-20s = %g\n", exprs[i], r);
    else printf("%-20s error %d\n", exprs[i], status);
  }
  return 0;
}
