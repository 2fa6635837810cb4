/* Leaving nested loops with flags, with goto, and with a function return, all finding the same cell. */
#include <stdio.h>

static const int grid[4][5] = {{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}, {11, 12, 13, 14, 15}, {16, 17, 18, 19, 20}};

static int find_return(int target, int *r, int *c) {
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 5; j++)
      if (grid[i][j] == target) {
        *r = i;
        *c = j;
        return 1;
      }
  return 0;
}

int main(void) {
  int target = 14, r = -1, c = -1, done = 0, steps = 0;
  for (int i = 0; i < 4 && !done; i++)
    for (int j = 0; j < 5; j++) {
      steps++;
      if (grid[i][j] == target) {
        r = i;
        c = j;
        done = 1;
        break;
      }
    }
  printf("flag: %d %d after %d\n", r, c, steps);
  r = c = -1;
  steps = 0;
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 5; j++) {
      steps++;
      if (grid[i][j] == target) {
        r = i;
        c = j;
        goto out;
      }
    }
out:
  printf("goto: %d %d after %d\n", r, c, steps);
  r = c = -1;
  int found = find_return(target, &r, &c);
  printf("return: %d %d %d\n", found, r, c);
  return 0;
}
