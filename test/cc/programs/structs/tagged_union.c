/* A tagged union expression tree evaluated recursively. */
#include <stdio.h>

enum kind { NUM, ADD, MUL, NEG };
struct expr {
  enum kind kind;
  union {
    double num;
    struct { const struct expr *left, *right; } bin;
    const struct expr *operand;
  } u;
};

static double eval(const struct expr *e) {
  switch (e->kind) {
  case NUM: return e->u.num;
  case ADD: return eval(e->u.bin.left) + eval(e->u.bin.right);
  case MUL: return eval(e->u.bin.left) * eval(e->u.bin.right);
  case NEG: return -eval(e->u.operand);
  }
  return 0;
}

static void print(const struct expr *e) {
  switch (e->kind) {
  case NUM: printf("%g", e->u.num); break;
  case ADD:
  case MUL:
    printf("(");
    print(e->u.bin.left);
    printf(e->kind == ADD ? " + " : " * ");
    print(e->u.bin.right);
    printf(")");
    break;
  case NEG:
    printf("-");
    print(e->u.operand);
    break;
  }
}

int main(void) {
  struct expr two = {NUM, {.num = 2}}, three = {NUM, {.num = 3}}, half = {NUM, {.num = 0.5}};
  struct expr sum = {ADD, {.bin = {&two, &three}}};
  struct expr neg = {NEG, {.operand = &half}};
  struct expr prod = {MUL, {.bin = {&sum, &neg}}};
  struct expr top = {ADD, {.bin = {&prod, &two}}};
  print(&top);
  printf(" = %g\n", eval(&top));
  return 0;
}
