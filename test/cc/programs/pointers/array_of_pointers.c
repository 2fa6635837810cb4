/* Arrays of pointers: ragged rows, sorting pointers instead of data, and pointers into other arrays. */
#include <stdio.h>
#include <string.h>

int main(void) {
  int r0[] = {1}, r1[] = {2, 3}, r2[] = {4, 5, 6};
  int *rows[] = {r0, r1, r2};
  int lens[] = {1, 2, 3};
  for (int i = 0; i < 3; i++) {
    int s = 0;
    for (int j = 0; j < lens[i]; j++) s += rows[i][j];
    printf("row %d sum %d\n", i, s);
  }
  const char *names[] = {"pear", "apple", "fig", "banana", "cherry"};
  int n = 5;
  for (int i = 1; i < n; i++) {
    const char *key = names[i];
    int j = i - 1;
    while (j >= 0 && strcmp(names[j], key) > 0) {
      names[j + 1] = names[j];
      j--;
    }
    names[j + 1] = key;
  }
  for (int i = 0; i < n; i++) printf("%s ", names[i]);
  printf("\n");
  double values[] = {3.5, -1.0, 2.25};
  double *order[3] = {&values[0], &values[1], &values[2]};
  if (*order[0] > *order[1]) {
    double *t = order[0];
    order[0] = order[1];
    order[1] = t;
  }
  *order[2] += 10;
  printf("%g %g %g\n", *order[0], *order[1], values[2]);
  printf("%d\n", (int)(sizeof rows / sizeof rows[0]));
  return 0;
}
