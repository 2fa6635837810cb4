/* Mutual recursion through forward declarations: even/odd, a recursive-descent expression parser. */
#include <stdio.h>

static int is_even(unsigned n);
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }

static const char *pos;
static long expr(void);

static long primary(void) {
  if (*pos == '(') {
    pos++;
    long v = expr();
    pos++;
    return v;
  }
  if (*pos == '-') {
    pos++;
    return -primary();
  }
  long v = 0;
  while (*pos >= '0' && *pos <= '9') v = v * 10 + (*pos++ - '0');
  return v;
}

static long term(void) {
  long v = primary();
  while (*pos == '*' || *pos == '/' || *pos == '%') {
    char op = *pos++;
    long r = primary();
    v = op == '*' ? v * r : op == '/' ? v / r : v % r;
  }
  return v;
}

static long expr(void) {
  long v = term();
  while (*pos == '+' || *pos == '-') {
    char op = *pos++;
    long r = term();
    v = op == '+' ? v + r : v - r;
  }
  return v;
}

static long eval(const char *s) {
  pos = s;
  return expr();
}

int main(void) {
  printf("%d %d %d %d\n", is_even(10), is_odd(7), is_even(301), is_odd(0));
  const char *cases[] = {"1+2*3", "(1+2)*3", "100/7%4", "-(3-10)*-2", "2*(3+(4-1)*5)-6/2", "42"};
  for (int i = 0; i < 6; i++) printf("%s = %ld\n", cases[i], eval(cases[i]));
  return 0;
}
