/* C99 compound literals: unnamed objects of struct and array type, usable as lvalues and arguments. */
#include <stdio.h>

struct point { int x, y; };

static int sum(const int *xs, int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += xs[i];
  return s;
}

static struct point add(struct point a, struct point b) { return (struct point){a.x + b.x, a.y + b.y}; }

int main(void) {
  printf("%d\n", sum((int[]){1, 2, 3, 4}, 4));
  struct point p = add((struct point){1, 2}, (struct point){.y = 10, .x = 20});
  printf("%d %d\n", p.x, p.y);
  int *q = (int[3]){7, 8, 9};
  q[1] = 80;
  printf("%d %d %d\n", q[0], q[1], q[2]);
  struct point *pp = &(struct point){5, 6};
  pp->x *= 10;
  printf("%d %d\n", pp->x, pp->y);
  p = (struct point){0};
  printf("%d %d\n", p.x, p.y);
  const char *names = (const char[]){"literal"};
  printf("%s\n", names);
  for (int i = 0; i < 3; i++) {
    int *fresh = (int[2]){i, i * i};
    printf("%d ", fresh[0] + fresh[1]);
  }
  printf("\n");
  printf("%d\n", ((struct point){3, 4}).y);
  printf("%d\n", (int)sizeof((double[]){1, 2, 3}));
  return 0;
}
