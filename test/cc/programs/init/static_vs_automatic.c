/* Static objects are initialised once before main; automatic ones every time their block is entered. */
#include <stdio.h>

static int calls(void) {
  static int count = 100;
  int fresh = 100;
  count++;
  fresh++;
  return count * 1000 + fresh;
}

int global_int;
double global_double;
char *global_ptr;
int global_init = 42;
static int table[4] = {1, 2};

int main(void) {
  for (int i = 0; i < 3; i++) printf("%d\n", calls());
  printf("%d %g %d %d\n", global_int, global_double, global_ptr == 0, global_init);
  printf("%d %d %d %d\n", table[0], table[1], table[2], table[3]);
  for (int i = 0; i < 3; i++) {
    int local = 5;
    static int kept = 5;
    local++;
    kept++;
    printf("%d %d\n", local, kept);
  }
  return 0;
}
