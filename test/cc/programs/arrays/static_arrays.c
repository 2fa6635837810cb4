/* Static and global arrays are zero-initialised and keep their contents between calls. */
#include <stdio.h>

int global_counts[5];
static double global_table[3][2] = {{1.5}, {2.5, 3.5}};
static char message[16];

static int next_id(void) {
  static int ids[4];
  static int used;
  ids[used % 4] = used + 100;
  return ids[used++ % 4];
}

int main(void) {
  int zero = 1;
  for (int i = 0; i < 5; i++) zero = zero && global_counts[i] == 0;
  printf("%d\n", zero);
  global_counts[2] += 5;
  printf("%d %d\n", global_counts[2], global_counts[3]);
  printf("%g %g %g %g\n", global_table[0][0], global_table[0][1], global_table[1][0], global_table[2][1]);
  printf("[%s] %d\n", message, message[15]);
  message[0] = 'o';
  message[1] = 'k';
  printf("[%s]\n", message);
  for (int i = 0; i < 6; i++) printf("%d ", next_id());
  printf("\n");
  static long big[20000];
  big[19999] = 7;
  long s = 0;
  for (int i = 0; i < 20000; i++) s += big[i];
  printf("%ld\n", s);
  return 0;
}
