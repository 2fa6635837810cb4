/* Block-scope variable-length arrays: several dimensions, mixed constant and variable ones, structs,
   sizeof evaluated at run time and the size expression evaluated once, typedefs and pointers to VLAs. */
#include <stdio.h>
#include <string.h>

struct point {
  short x;
  double y;
};

static int calls;

static int next_size(int n) {
  calls++;
  return n;
}

static void mixed(int rows, int cols) {
  double m[rows][cols];
  int grid[3][cols];
  long cube[rows][2][cols];
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) m[i][j] = i * 10 + j + 0.5;
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < cols; j++) grid[i][j] = i * cols + j;
  for (int i = 0; i < rows; i++)
    for (int k = 0; k < 2; k++)
      for (int j = 0; j < cols; j++) cube[i][k][j] = 100 * i + 10 * k + j;
  printf("m: %zu %zu %zu %.1f %.1f\n", sizeof m, sizeof m[0], sizeof m[0][0], m[rows - 1][cols - 1], m[1][0]);
  printf("grid: %zu %zu %d\n", sizeof grid, sizeof grid[2], grid[2][cols - 1]);
  printf("cube: %zu %zu %zu %ld %ld\n", sizeof cube, sizeof cube[1], sizeof cube[1][1], cube[rows - 1][1][cols - 1],
         cube[1][0][cols - 1]);
  long total = 0;
  for (size_t i = 0; i < sizeof cube / sizeof cube[0]; i++)
    for (size_t k = 0; k < sizeof cube[0] / sizeof cube[0][0]; k++)
      for (size_t j = 0; j < sizeof cube[0][0] / sizeof cube[0][0][0]; j++) total += cube[i][k][j];
  printf("cube total %ld\n", total);
}

static void structs(int n) {
  struct point pts[n];
  for (int i = 0; i < n; i++) {
    pts[i].x = (short)(i * 3);
    pts[i].y = i / 4.0;
  }
  double sum = 0;
  for (int i = 0; i < n; i++) sum += pts[i].x + pts[i].y;
  printf("structs: %zu %.2f %d\n", sizeof pts, sum, pts[n - 1].x);
  struct point *p = pts + n / 2;
  printf("middle %d %.2f %td\n", p->x, p[1].y, p - pts);
}

static void evaluated_once(void) {
  int n = 4;
  calls = 0;
  char a[next_size(n) + 1];
  n = 100;
  printf("once: %zu %d\n", sizeof a, calls);
  size_t type_size = sizeof(int[next_size(n)]);
  printf("sizeof type: %zu %d\n", type_size, calls);
  int k = 3;
  size_t s = sizeof(char[k++]);
  printf("side effect in type: %zu %d\n", s, k);
  int vla[k];
  size_t t = sizeof vla;
  printf("sizeof vla %zu\n", t);
  int fixed[5];
  size_t u = sizeof(fixed[k++]);
  printf("fixed operand not evaluated: %zu %d\n", u, k);
}

static void typedefs(int n) {
  typedef int row[n];
  n += 10;
  row a, b;
  printf("typedef: %zu %zu %d\n", sizeof(row), sizeof a, n);
  for (int i = 0; i < (int)(sizeof a / sizeof a[0]); i++) {
    a[i] = i;
    b[i] = -i;
  }
  row *pr = &a;
  printf("through pointer %d %d\n", (*pr)[2], b[3]);
  typedef row table[2];
  table t;
  printf("table %zu\n", sizeof t);
}

static void pointers(int rows, int cols) {
  int data[rows][cols];
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) data[i][j] = i * 100 + j;
  int (*p)[cols] = data;
  int (*q)[cols] = p + 2;
  printf("pointers: %d %d %td %zu\n", (*q)[1], q[1][cols - 1], q - p, sizeof *p);
  p++;
  printf("after ++ %d\n", p[0][0]);
  p += 2;
  printf("after += %d\n", **p);
  --p;
  printf("after -- %d\n", (*p)[3]);
  int *e = *(p + 1) + 2;
  printf("element %d\n", *e);
  int (*last)[cols] = &data[rows - 1];
  printf("last %d %td\n", (*last)[0], last - data);
  void *raw = data;
  int (*r)[cols] = raw;
  printf("cast %d\n", ((int (*)[cols])raw)[1][2] + r[0][1]);
}

static int sum_vla(int n) {
  int v[n];
  memset(v, 0, sizeof v);
  for (int i = 0; i < n; i += 2) v[i] = i;
  int s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}

int main(void) {
  mixed(4, 5);
  mixed(2, 1);
  structs(7);
  evaluated_once();
  typedefs(6);
  pointers(5, 4);
  printf("%d %d\n", sum_vla(1), sum_vla(1000));
  return 0;
}
