/* Arrays of function pointers: dispatch tables indexed by opcode, and a table in a struct. */
#include <stdio.h>

static long op_add(long a, long b) { return a + b; }
static long op_sub(long a, long b) { return a - b; }
static long op_mul(long a, long b) { return a * b; }
static long op_div(long a, long b) { return b == 0 ? 0 : a / b; }
static long op_max(long a, long b) { return a > b ? a : b; }

typedef long (*binop)(long, long);

struct calculator {
  const char *names[5];
  binop ops[5];
};

int main(void) {
  long (*table[])(long, long) = {op_add, op_sub, op_mul, op_div, op_max};
  for (int i = 0; i < 5; i++) printf("%ld ", table[i](84, 4));
  printf("\n");
  struct calculator calc = {{"add", "sub", "mul", "div", "max"}, {op_add, op_sub, op_mul, op_div, op_max}};
  const char program[] = "01234340";
  long acc = 1;
  for (const char *p = program; *p; p++) {
    int op = *p - '0';
    acc = calc.ops[op](acc, 3);
    printf("%s -> %ld\n", calc.names[op], acc);
  }
  binop *cursor = table + 2;
  printf("%ld\n", (*cursor)(6, 7));
  printf("%ld\n", cursor[1](9, 2));
  printf("%d\n", (int)(sizeof table / sizeof table[0]));
  return 0;
}
