/* typedef of a struct with the same name as its tag, opaque handles, and typedefs for function pointer tables. */
#include <stdio.h>

typedef struct stack stack;
struct stack {
  int items[8];
  int top;
};

typedef void (*op)(stack *);

static void push1(stack *s) { s->items[s->top++] = 1; }
static void push2(stack *s) { s->items[s->top++] = 2; }
static void add(stack *s) {
  s->top--;
  s->items[s->top - 1] += s->items[s->top];
}
static void dup(stack *s) {
  s->items[s->top] = s->items[s->top - 1];
  s->top++;
}

int main(void) {
  stack s = {{0}, 0};
  op program[] = {push1, push2, add, dup, add, push2, add};
  for (unsigned i = 0; i < sizeof program / sizeof program[0]; i++) program[i](&s);
  printf("%d %d\n", s.top, s.items[0]);
  struct stack *raw = &s;
  stack *typed = raw;
  printf("%d\n", typed == raw);
  return 0;
}
