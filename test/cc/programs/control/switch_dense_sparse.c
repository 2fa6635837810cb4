/* switch over dense ranges (jump-table shaped), sparse values, negative cases and every integer type. */
#include <stdio.h>

static int dense(int x) {
  switch (x) {
  case 0: return 10;
  case 1: return 11;
  case 2: return 12;
  case 3: return 13;
  case 4: return 14;
  case 5: return 15;
  case 6: return 16;
  case 7: return 17;
  case 8: return 18;
  case 9: return 19;
  case 10: return 20;
  case 11: return 21;
  default: return -1;
  }
}

static int sparse(long x) {
  switch (x) {
  case -1000000: return 1;
  case -7: return 2;
  case 0: return 3;
  case 13: return 4;
  case 1024: return 5;
  case 99999: return 6;
  case 2147483647: return 7;
  case 4294967296L: return 8;
  case -9223372036854775807L - 1: return 9;
  default: return 0;
  }
}

static int by_char(char c) {
  switch (c) {
  case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
  case -1: return -1;
  case '\0': return 0;
  default: return 2;
  }
}

static int by_unsigned(unsigned u) {
  switch (u) {
  case 0xffffffffu: return 1;
  case 0x80000000u: return 2;
  default: return 0;
  }
}

int main(void) {
  for (int i = -2; i <= 13; i++) printf("%d ", dense(i));
  printf("\n");
  long probes[] = {-1000000, -7, -6, 0, 13, 14, 1024, 99999, 2147483647, 4294967296L, -9223372036854775807L - 1, 5};
  for (int i = 0; i < 12; i++) printf("%d ", sparse(probes[i]));
  printf("\n");
  const char text[] = "audio\xff!";
  for (int i = 0; i < (int)sizeof text; i++) printf("%d ", by_char(text[i]));
  printf("\n");
  printf("%d %d %d\n", by_unsigned(0xffffffffu), by_unsigned(0x80000000u), by_unsigned(7));
  return 0;
}
