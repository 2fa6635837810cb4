/* Structs and unions by value, bit-fields, arrays, pointers, globals with initializers, strings. */
void print_i64(long);
void print_u64(unsigned long);

struct point { int x, y; };
struct big { long a[6]; char tag; };
struct bits { unsigned a : 3; int b : 5; unsigned c : 24; int d : 12; _Bool e : 1; long f : 40; };
union number { long l; double d; unsigned char bytes[8]; };

struct point origin = { 0, 0 };
struct point corners[] = { { 1, 2 }, { -3, 4 }, [3] = { 7, 8 } };
const char *names[] = { "zero", "one", "two" };
int counter;
static long table[4] = { 10, 20, 30, 40 };
long *second = &table[1];
char greeting[] = "hello, world";

static struct point add(struct point a, struct point b) {
  struct point r = { a.x + b.x, a.y + b.y };
  return r;
}

static struct big fill(long seed, char tag) {
  struct big b;
  for (int i = 0; i < 6; i++) b.a[i] = seed * (i + 1);
  b.tag = tag;
  return b;
}

static long total(struct big b) {
  long s = b.tag;
  for (int i = 0; i < 6; i++) s += b.a[i];
  b.a[0] = 0; /* the callee's copy */
  return s;
}

static long many(long a, long b, long c, long d, long e, long f, struct point g, long h, struct big i) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g.x + 8 * g.y + 9 * h + total(i);
}

static int length(const char *s) {
  int n = 0;
  while (*s++) n++;
  return n;
}

static void swap(int *a, int *b) {
  int t = *a;
  *a = *b;
  *b = t;
}

int main(void) {
  struct point p = { 3, 4 }, q = { -1, 10 };
  struct point r = add(p, q);
  print_i64(r.x);
  print_i64(r.y);
  r = add(r, corners[1]);
  print_i64(r.x * 100 + r.y);
  print_i64(corners[3].x + corners[2].y + origin.x);
  struct big b = fill(3, 'z');
  print_i64(total(b));
  print_i64(b.a[0]);
  print_i64(many(1, 2, 3, 4, 5, 6, p, 8, b));
  struct big c;
  c = b;
  c.a[5] = -1;
  print_i64(b.a[5] + c.a[5]);
  print_i64(fill(2, 1).a[4]);

  struct bits bf = { 5, -3, 0xabcdef, -100, 1, -123456789L };
  print_i64(bf.a);
  print_i64(bf.b);
  print_i64(bf.c);
  print_i64(bf.d);
  print_i64(bf.e);
  print_i64(bf.f);
  bf.a += 5;
  bf.b -= 20;
  bf.c = bf.c * 256 + 1;
  bf.d++;
  bf.e = 7;
  bf.f *= -3;
  print_i64(bf.a);
  print_i64(bf.b);
  print_i64(bf.c);
  print_i64(bf.d);
  print_i64(bf.e);
  print_i64(bf.f);
  print_i64(bf.b++);
  print_i64(--bf.b);
  print_i64(sizeof(struct bits));

  union number u;
  u.d = 1.0;
  print_u64(u.l);
  print_i64(u.bytes[7]);
  u.l = -1;
  print_i64(u.bytes[3]);

  int arr[10];
  for (int i = 0; i < 10; i++) arr[i] = i * i;
  int *pa = arr + 3;
  print_i64(*pa + pa[2] + *(pa - 1));
  print_i64(&arr[9] - pa);
  swap(&arr[0], &arr[9]);
  print_i64(arr[0] - arr[9]);
  int matrix[3][4];
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++) matrix[i][j] = i * 10 + j;
  print_i64(matrix[2][3] + matrix[1][0]);

  print_i64(length(greeting));
  print_i64(length(names[2]) + names[1][1]);
  greeting[0] = 'J';
  print_i64(greeting[0]);
  counter += 5;
  counter *= 3;
  print_i64(counter);
  print_i64(*second + table[3]);
  second[1] = 99;
  print_i64(table[2]);
  char local[] = "abc";
  print_i64(local[0] + local[3] + sizeof local);
  char padded[8] = "hi";
  print_i64(padded[1] + padded[5]);
  struct point zeroed = { 0 };
  print_i64(zeroed.x + zeroed.y);
  struct point *pp = &p;
  pp->x += 40;
  print_i64(p.x);
  print_i64((&corners[0])->y);
  return 0;
}
