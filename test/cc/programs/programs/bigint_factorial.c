/* Big-integer factorials with base-10000 digit arrays: 100!, 500! digit count and digit sum. */
#include <stdio.h>

#define LIMBS 400
static int digits[LIMBS];
static int used;

static void set_one(void) {
  digits[0] = 1;
  used = 1;
}

static void multiply(int k) {
  int carry = 0;
  for (int i = 0; i < used; i++) {
    int v = digits[i] * k + carry;
    digits[i] = v % 10000;
    carry = v / 10000;
  }
  while (carry) {
    digits[used++] = carry % 10000;
    carry /= 10000;
  }
}

static void print(void) {
  printf("%d", digits[used - 1]);
  for (int i = used - 2; i >= 0; i--) printf("%04d", digits[i]);
  printf("\n");
}

static void stats(int n) {
  int count = 0, sum = 0;
  char buf[8];
  for (int i = used - 1; i >= 0; i--) {
    int len = sprintf(buf, i == used - 1 ? "%d" : "%04d", digits[i]);
    count += len;
    for (int j = 0; j < len; j++) sum += buf[j] - '0';
  }
  printf("%d!: %d digits, digit sum %d\n", n, count, sum);
}

int main(void) {
  set_one();
  for (int i = 2; i <= 100; i++) multiply(i);
  print();
  stats(100);
  set_one();
  for (int i = 2; i <= 500; i++) multiply(i);
  stats(500);
  set_one();
  for (int i = 0; i < 200; i++) multiply(2);
  printf("2^200 = ");
  print();
  return 0;
}
