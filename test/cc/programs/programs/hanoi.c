/* Towers of Hanoi: the moves for 4 discs and the move count for up to 20, with a check of the final state. */
#include <stdio.h>

static int pegs[3][24];
static int height[3];
static long moves;

static void move(int from, int to, int print) {
  int disc = pegs[from][--height[from]];
  if (height[to] > 0 && pegs[to][height[to] - 1] < disc) printf("illegal move!\n");
  pegs[to][height[to]++] = disc;
  moves++;
  if (print) printf("disc %d: %c -> %c\n", disc, 'A' + from, 'A' + to);
}

static void hanoi(int n, int from, int to, int via, int print) {
  if (n == 0) return;
  hanoi(n - 1, from, via, to, print);
  move(from, to, print);
  hanoi(n - 1, via, to, from, print);
}

static void setup(int n) {
  height[0] = height[1] = height[2] = 0;
  for (int d = n; d >= 1; d--) pegs[0][height[0]++] = d;
  moves = 0;
}

int main(void) {
  setup(4);
  hanoi(4, 0, 2, 1, 1);
  printf("%ld moves\n", moves);
  for (int n = 1; n <= 20; n++) {
    setup(n);
    hanoi(n, 0, 2, 1, 0);
    printf("%d:%ld%s ", n, moves, height[2] == n ? "" : "(wrong)");
  }
  printf("\n");
  return 0;
}
