/* Variable-length arrays live until their block is left, however it is left: each loop iteration,
   break, continue, goto (forwards, backwards, out of nested blocks), return and switch release them,
   so loops and recursion with big VLAs run in bounded stack. */
#include <stdio.h>
#include <string.h>

static unsigned long checksum(const unsigned char *p, size_t n) {
  unsigned long h = 5381;
  for (size_t i = 0; i < n; i++) h = h * 33 + p[i];
  return h;
}

/* 200000 iterations of a 16 KiB array: without release this needs gigabytes. */
static unsigned long loop_release(void) {
  unsigned long h = 0;
  for (int k = 0; k < 200000; k++) {
    int n = 4096 + k % 3;
    int big[n];
    big[0] = k;
    big[n - 1] = k * 2;
    h += (unsigned long)big[0] + (unsigned long)big[n - 1] + sizeof big;
  }
  return h;
}

static int break_continue(int limit) {
  int found = 0;
  for (int i = 0; i < 100000; i++) {
    char buf[1000 + i % 5];
    memset(buf, i & 0x7f, sizeof buf);
    if (i % 3 == 0) continue;
    {
      int nested[i % 7 + 1];
      nested[0] = buf[999];
      if (nested[0] == 5 && i > limit) {
        found = i;
        break;
      }
      if (i % 2) continue;
    }
  }
  return found;
}

static int goto_loop(int rounds) {
  int total = 0;
  int round = 0;
again:;
  double scratch[5000 + round];
  scratch[round] = round;
  total += (int)scratch[round];
  if (++round < rounds) goto again;
  return total;
}

static int goto_out(int n) {
  int hits = 0;
  for (int i = 0; i < n; i++) {
    {
      int a[64 + i % 3];
      a[0] = i;
      {
        int b[32];
        int c[a[0] % 5 + 1];
        c[0] = b[0] = a[0];
        if (c[0] % 4 == 1) goto next;
        hits += b[0] & 1;
      }
    }
  next:;
  }
  return hits;
}

static int depth_first(int depth) {
  int local[depth + 1];
  for (int i = 0; i <= depth; i++) local[i] = depth;
  if (depth == 0) return 0;
  return local[depth] + depth_first(depth - 1);
}

static int early_return(int n) {
  for (int i = 0;; i++) {
    int a[n + i];
    a[n + i - 1] = i;
    if (i == 10) {
      int b[2 * n];
      b[0] = a[n + i - 1];
      return b[0];
    }
  }
}

static int in_switch(int selector, int n) {
  int result = 0;
  switch (selector) {
  case 0: {
    int v[n];
    for (int i = 0; i < n; i++) v[i] = i;
    result = v[n - 1];
    break;
  }
  case 1: {
    long w[n * 2];
    w[0] = 7;
    result = (int)w[0];
  }
  /* fall through */
  case 2:
    result += 100;
    break;
  default: {
    char c[n];
    c[0] = 'x';
    if (n > 3) {
      result = c[0];
      break;
    }
    result = -1;
  }
  }
  return result;
}

static int for_init(int n) {
  int s = 0;
  for (int a[n], i = 0; i < n; i++) {
    a[i] = i * i;
    s += a[i];
  }
  return s;
}

static int do_while(int n) {
  int count = 0;
  do {
    int tmp[n];
    tmp[n - 1] = count;
    count = tmp[n - 1] + 1;
  } while (count < 50000);
  return count;
}

int main(void) {
  printf("%lu\n", loop_release());
  printf("%d\n", break_continue(50000));
  printf("%d\n", goto_loop(20000));
  printf("%d\n", goto_out(100000));
  printf("%d\n", depth_first(300));
  printf("%d\n", early_return(3));
  for (int s = 0; s < 4; s++) printf("%d ", in_switch(s, 6));
  printf("%d\n", in_switch(3, 2));
  printf("%d\n", for_init(10));
  printf("%d\n", do_while(1000));
  unsigned char bytes[300];
  for (int i = 0; i < 300; i++) bytes[i] = (unsigned char)i;
  printf("%lu\n", checksum(bytes, sizeof bytes));
  return 0;
}
