/* Structs with bit-fields passed and returned by value and assigned; bit-fields survive the copies. */
#include <stdio.h>

struct rgb565 {
  unsigned b : 5;
  unsigned g : 6;
  unsigned r : 5;
};

static struct rgb565 brighten(struct rgb565 c) {
  c.r = c.r + 4 > 31 ? 31 : c.r + 4;
  c.g = c.g + 8 > 63 ? 63 : c.g + 8;
  c.b = c.b + 4 > 31 ? 31 : c.b + 4;
  return c;
}

static unsigned pack(struct rgb565 c) { return c.r << 11 | c.g << 5 | c.b; }

int main(void) {
  struct rgb565 c = {10, 20, 30};
  struct rgb565 d = brighten(c);
  printf("%u %u %u -> %u %u %u\n", c.r, c.g, c.b, d.r, d.g, d.b);
  printf("%04x %04x %d\n", pack(c), pack(d), (int)sizeof c);
  struct rgb565 arr[3];
  arr[0] = c;
  arr[1] = brighten(arr[0]);
  arr[2] = brighten(brighten(arr[1]));
  for (int i = 0; i < 3; i++) printf("%04x ", pack(arr[i]));
  printf("\n");
  return 0;
}
