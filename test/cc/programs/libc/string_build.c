/* Building strings piece by piece with strcat, strncat, sprintf into offsets, and memset padding. */
#include <stdio.h>
#include <string.h>

int main(void) {
  char line[80] = "";
  const char *words[] = {"alpha", "beta", "gamma", "delta"};
  for (int i = 0; i < 4; i++) {
    if (i) strcat(line, ", ");
    strcat(line, words[i]);
  }
  printf("%s (%zu)\n", line, strlen(line));
  char table[64];
  int off = 0;
  for (int i = 1; i <= 4; i++) off += sprintf(table + off, "%d^2=%-3d|", i, i * i);
  printf("%s %d\n", table, off);
  char padded[12];
  memset(padded, '.', sizeof padded - 1);
  padded[sizeof padded - 1] = 0;
  memcpy(padded + 3, "mid", 3);
  printf("%s\n", padded);
  char limited[8] = "";
  strncat(limited, "overflowing", sizeof limited - 1);
  printf("%s\n", limited);
  char copy[16];
  strncpy(copy, line, sizeof copy - 1);
  copy[sizeof copy - 1] = 0;
  printf("%s\n", copy);
  return 0;
}
