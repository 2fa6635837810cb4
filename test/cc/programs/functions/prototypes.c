/* Prototypes convert arguments to the parameter types; a function declared before use and defined later. */
#include <stdio.h>

static double area(double w, double h);
static long widen(long x);
static unsigned char low_byte(unsigned char b);
int external_helper(int);

int main(void) {
  printf("%g\n", area(3, 4));
  printf("%ld\n", widen(-1));
  printf("%d\n", low_byte(0x1234));
  printf("%g\n", area('a', 0.5f));
  printf("%d\n", external_helper(20));
  return 0;
}

static double area(double w, double h) { return w * h; }
static long widen(long x) { return x * 4294967296L; }
static unsigned char low_byte(unsigned char b) { return b; }
int external_helper(int x) { return x + 22; }
