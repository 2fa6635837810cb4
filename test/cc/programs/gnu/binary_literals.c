/* Binary integer constants (gcc extension, C23): values, suffixes and the types they pick. */
#include <stdio.h>

#define TYPE(x) _Generic((x), int: "int", unsigned: "unsigned", long: "long", unsigned long: "unsigned long", \
                         long long: "long long", unsigned long long: "unsigned long long", default: "other")

int main(void) {
  printf("%d %d %d %d\n", 0b0, 0b1, 0B1011, 0b11111111);
  printf("%s %s\n", TYPE(0b1), TYPE(0b1u));
  printf("%s %s\n", TYPE(0b1l), TYPE(0b1UL));
  printf("%s %s %s\n", TYPE(0b1ll), TYPE(0b1uLL), TYPE(0B1LLU));
  /* Like hexadecimal constants, a binary one too big for int becomes unsigned, then long. */
  printf("%s %u\n", TYPE(0b11111111111111111111111111111111), 0b11111111111111111111111111111111);
  printf("%s %ld\n", TYPE(0b100000000000000000000000000000000), 0b100000000000000000000000000000000);
  printf("%s\n", TYPE(0b1000000000000000000000000000000000000000000000000000000000000000));
  printf("%lx\n", 0b1111000011110000111100001111000011110000111100001111000011110000UL);
  unsigned mask = 0b1010 | 0b0101;
  printf("%u %d\n", mask, (0b110 << 2) + 0b1);
#if 0b101 == 5 && 0B11u == 3
  puts("#if understands binary constants");
#endif
  switch (6) {
  case 0b110:
    puts("case 0b110");
    break;
  default:
    puts("default");
  }
  return 0b0;
}
