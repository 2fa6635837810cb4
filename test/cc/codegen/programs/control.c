/* Control flow: switch, loops, goto, short-circuit evaluation, recursion, tail calls, function pointers, varargs. */
#include <stdarg.h>
void print_i64(long);

static int calls;
static int touch(int v) {
  calls++;
  return v;
}

static int dense(int x) {
  switch (x) {
  case 0: return 10;
  case 1:
  case 2: return 20;
  case 3: x += 100; /* fall through */
  case 4: return x;
  case 6: break;
  default: return -1;
  }
  return 60;
}

static long sparse(unsigned long x) {
  switch (x) {
  case 1: return 1;
  case 1000: return 2;
  case 1000000: return 3;
  case 4000000000ul: return 4;
  case 18446744073709551615ul: return 5;
  case 77: return 6;
  case 5: return 7;
  }
  return 0;
}

static int letters(const char *s) {
  int vowels = 0, others = 0;
  for (; *s; s++) {
    switch (*s) {
    case 'a': case 'e': case 'i': case 'o': case 'u':
      vowels++;
      continue;
    case ' ':
      break;
    default:
      others++;
    }
  }
  return vowels * 100 + others;
}

static long sum_to(long n, long acc) { return n == 0 ? acc : sum_to(n - 1, acc + n); }
static long countdown(long n) {
  if (n == 0) return 0;
  return countdown(n - 1);
}
static int even(unsigned n);
static int odd(unsigned n) { return n == 0 ? 0 : even(n - 1); }
static int even(unsigned n) { return n == 0 ? 1 : odd(n - 1); }

static long sum_ints(int count, ...) {
  va_list ap;
  va_start(ap, count);
  long s = 0;
  for (int i = 0; i < count; i++) s = s * 10 + va_arg(ap, int);
  va_end(ap);
  return s;
}

static double average(int count, ...) {
  va_list ap;
  va_start(ap, count);
  double s = 0;
  for (int i = 0; i < count; i++) s += va_arg(ap, double);
  va_end(ap);
  return s / count;
}

static long nine(long a, long b, long c, long d, long e, long f, long g, ...) {
  va_list ap;
  va_start(ap, g);
  long h = va_arg(ap, long);
  long i = va_arg(ap, long);
  va_end(ap);
  return a + b + c + d + e + f + g * 1000 + h * 100000 + i * 10000000;
}

static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }
static int apply(int (*f)(int), int x) { return f(x); }

static int counter(void) {
  static int count = 100;
  return ++count;
}

int main(void) {
  for (int i = -1; i < 9; i++) print_i64(dense(i));
  unsigned long keys[] = {0, 1, 5, 77, 1000, 999, 1000000, 4000000000ul, 18446744073709551615ul};
  for (int i = 0; i < 9; i++) print_i64(sparse(keys[i]));
  print_i64(letters("the quick brown fox jumps over the lazy dog"));

  int i = 0, n = 0;
  while (1) {
    if (++i > 20) break;
    if (i % 3 == 0) continue;
    n += i;
  }
  print_i64(n);
  do n -= 7; while (n > 0);
  print_i64(n);
  for (i = 0, n = 1; i < 10; i++, n *= 2)
    ;
  print_i64(n);

  int k = 0;
again:
  k++;
  if (k < 5) goto again;
  print_i64(k);

  calls = 0;
  int r = touch(0) && touch(1);
  r += touch(1) || touch(2);
  r += (touch(1) && touch(0)) || (touch(0) || touch(3));
  print_i64(r);
  print_i64(calls);
  print_i64(touch(5) > 3 ? touch(10) : touch(20));
  print_i64(calls);
  print_i64((touch(1), touch(2), 7));
  print_i64(calls);

  print_i64(sum_to(100000, 0));
  print_i64(countdown(1000000));
  print_i64(even(100001));
  print_i64(sum_ints(5, 1, 2, 3, 4, 5));
  print_i64((long)(average(4, 1.0, 2.5, 3.0, 4.5) * 1000));
  print_i64(nine(1, 2, 3, 4, 5, 6, 7, 8L, 9L));
  int (*fs[])(int) = {twice, square};
  print_i64(apply(fs[0], 21) + apply(fs[1], 5));
  counter();
  print_i64(counter());
  return 0;
}
