/* gcc's statement expressions ({ ... }): the value of the last expression statement, in macros, nested,
   with declarations, loops with break and continue, void ones, struct values and jumps out of them. */
#include <stdio.h>
#include <string.h>

#define MAX(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })
#define SQUARE(x) ({ int _x = (x); _x * _x; })
#define SWAP(a, b) ({ __typeof__(a) _t = (a); (a) = (b); (b) = _t; })

static int calls;

static int f(int x) {
  calls++;
  return x + 1;
}

struct pair {
  int a, b;
};

static int sum_to(int n) {
  return ({
    int total = 0;
    for (int i = 1; i <= n; i++) {
      if (i % 3 == 0) continue;
      if (i > 10) break;
      total += i;
    }
    total;
  });
}

static int find(const int *values, int n, int wanted) {
  /* A return inside a statement expression leaves the function. */
  int index = ({
    int found = -1;
    for (int i = 0; i < n; i++)
      if (values[i] == wanted) return i * 100;
    found;
  });
  return index;
}

int main(void) {
  int t = ({ int t = f(3); t * 2; });
  printf("%d calls=%d\n", t, calls);
  printf("%d %d\n", MAX(3, 8), MAX(f(10), f(2)));
  printf("calls=%d\n", calls);
  printf("%d\n", SQUARE(SQUARE(2) + 1));
  printf("%g\n", MAX(1.5, -2.0));
  int x = 1, y = 2;
  SWAP(x, y);
  printf("%d %d\n", x, y);
  /* Nested statement expressions and shadowing. */
  int n = ({
    int n = 10;
    ({ int m = n * 2; m + ({ n; }); });
  });
  printf("%d\n", n);
  printf("%d %d\n", sum_to(5), sum_to(20));
  int values[] = {4, 8, 15};
  printf("%d %d\n", find(values, 3, 15), find(values, 3, 16));
  /* A switch inside, with its own break. */
  int kind = ({
    int k;
    switch (x) {
    case 1: k = 10; break;
    case 2: k = 20; break;
    default: k = 0;
    }
    k;
  });
  printf("%d\n", kind);
  /* Break and continue of an enclosing loop from inside its statement expression. */
  int seen = 0;
  for (int i = 0; i < 10; i++) {
    ({ if (i == 2) continue; if (i == 6) break; seen += i; });
  }
  printf("seen=%d\n", seen);
  /* A void statement expression: its last statement is not an expression. */
  int counter = 0;
  ({ counter++; if (counter) counter += 10; });
  ({ for (int i = 0; i < 3; i++) counter++; });
  ({ ; });
  printf("%d\n", counter);
  /* Struct values, arrays decay, chars keep their type. */
  struct pair p = ({ struct pair q = {1, 2}; q.b += 5; q; });
  printf("%d %d %d\n", p.a, p.b, ({ struct pair r = {7, 8}; r; }).b);
  char buffer[8];
  char *s = ({ strcpy(buffer, "hi"); buffer; });
  printf("%s %zu %zu\n", s, sizeof ({ buffer; }), sizeof ({ (char)1; }));
  /* In conditions and loops, evaluated each time. */
  int i = 0, rounds = 0;
  while (({ int more = i < 4; i++; more; })) rounds++;
  printf("rounds=%d i=%d\n", rounds, i);
  if (({ int z = f(0); z == 1; })) puts("condition true");
  /* Labels and goto inside one. */
  int g = ({
    int k = 0;
  again:
    k++;
    if (k < 5) goto again;
    k;
  });
  printf("%d\n", g);
  /* Arguments of a call, evaluated right to left as the other arguments are. */
  printf("%d %d\n", ({ int a = 1; a + 1; }), ({ int b = 3; b * 3; }));
  /* Variable-length arrays inside, freed at its end. */
  long total = 0;
  for (int round = 1; round <= 100; round++)
    total += ({ int vla[round * 100]; for (int k = 0; k < round * 100; k++) vla[k] = k; vla[round * 100 - 1]; });
  printf("%ld\n", total);
  return ({ 0; });
}
