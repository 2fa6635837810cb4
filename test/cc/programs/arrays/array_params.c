/* Array parameters are pointers: the callee can modify the caller's elements; multi-dim parameters keep inner sizes. */
#include <stdio.h>

static void double_all(int xs[], int n) {
  for (int i = 0; i < n; i++) xs[i] *= 2;
}

static int trace(int n, int m[][4]) {
  int t = 0;
  for (int i = 0; i < n; i++) t += m[i][i];
  return t;
}

static void transpose(int m[4][4]) {
  for (int i = 0; i < 4; i++)
    for (int j = i + 1; j < 4; j++) {
      int t = m[i][j];
      m[i][j] = m[j][i];
      m[j][i] = t;
    }
}

static int sum_static(const int xs[static 3]) { return xs[0] + xs[1] + xs[2]; }

int main(void) {
  int xs[5] = {1, 2, 3, 4, 5};
  double_all(xs, 5);
  double_all(xs + 3, 2);
  for (int i = 0; i < 5; i++) printf("%d ", xs[i]);
  printf("\n");
  int m[4][4];
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) m[i][j] = i * 4 + j;
  printf("%d\n", trace(4, m));
  transpose(m);
  for (int i = 0; i < 4; i++) printf("%d %d %d %d\n", m[i][0], m[i][1], m[i][2], m[i][3]);
  printf("%d\n", trace(2, m + 2));
  printf("%d\n", sum_static(xs + 1));
  return 0;
}
