/* Variable-length array parameters: the row type's stride comes from earlier parameters at run time;
   `[]`, `[*]` in prototypes, three dimensions, and pointers to rows passed around. */
#include <stdio.h>

void fill(int n, int m, int a[n][m]);
long total(int n, int m, int a[*][*]);
void scale(int n, int m, int a[][m], int by);
static double trace3(int n, double c[n][n][n]);

void fill(int n, int m, int a[n][m]) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++) a[i][j] = i * m + j;
}

long total(int n, int m, int a[n][m]) {
  long s = 0;
  for (int (*row)[m] = a; row < a + n; row++)
    for (int *x = *row; x < *row + m; x++) s += *x;
  return s;
}

void scale(int n, int m, int a[][m], int by) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++) a[i][j] *= by;
}

static double trace3(int n, double c[n][n][n]) {
  double t = 0;
  for (int i = 0; i < n; i++) t += c[i][i][i];
  return t + (double)sizeof c[0] + (double)sizeof *c[0];
}

static int row_sum(int m, const int row[m]) {
  int s = 0;
  for (int j = 0; j < m; j++) s += row[j];
  return s;
}

static size_t row_bytes(int n, int m, int (*p)[m]) {
  return sizeof *p + (size_t)n * 0;
}

/* The length expressions of parameters are evaluated on entry, once. */
static int counted;
static int count(int v) {
  counted++;
  return v;
}
static int last_of(int n, int a[count(n)]) {
  return a[n - 1];
}

/* Old and unusual orders: the size parameter is a long, and an expression. */
static long diagonal(long n, long a[n][n + 1]) {
  long s = 0;
  for (long i = 0; i < n; i++) s += a[i][i + 1];
  return s;
}

/* An old-style definition: the lengths use the parameters declared before them. */
static int old_style(n, m, a)
  int n;
  int m;
  int a[n][m];
{
  return a[n - 1][m - 1] + (int)(sizeof a[0] / sizeof a[0][0]);
}

int main(void) {
  int rows = 4, cols = 6;
  int grid[rows][cols];
  fill(rows, cols, grid);
  printf("%ld\n", total(rows, cols, grid));
  scale(rows, cols, grid, 3);
  printf("%ld %d\n", total(rows, cols, grid), grid[3][5]);
  for (int i = 0; i < rows; i++) printf("%d ", row_sum(cols, grid[i]));
  printf("\n%zu\n", row_bytes(rows, cols, grid));

  int fixed[3][7];
  fill(3, 7, fixed);
  printf("%ld %d\n", total(3, 7, fixed), row_sum(7, fixed[2]));

  int n = 3;
  double cube[n][n][n];
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      for (int k = 0; k < n; k++) cube[i][j][k] = i + j * 0.5 + k * 0.25;
  printf("%.2f\n", trace3(n, cube));

  int v[5] = {1, 2, 3, 4, 5};
  printf("%d %d\n", last_of(5, v), counted);
  printf("%d %d\n", last_of(2, v), counted);

  long d[3][4];
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++) d[i][j] = 10 * i + j;
  printf("%ld\n", diagonal(3, d));
  printf("%d\n", old_style(4, 6, grid));
  return 0;
}
