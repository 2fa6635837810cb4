/* _Bool: any nonzero scalar converts to 1, arithmetic on _Bool, increments and stdbool.h. */
#include <stdbool.h>
#include <stdio.h>

int main(void) {
  _Bool b = 2;
  printf("%d\n", b);
  b = 256;
  printf("%d\n", b);
  b = 0.5;
  printf("%d\n", b);
  b = -0.0;
  printf("%d\n", b);
  b = 0x100000000L;
  printf("%d\n", b);
  int x = 5;
  b = &x;
  printf("%d\n", b);
  bool t = true, f = false;
  printf("%d %d %d %d\n", t, f, t + t, t - f - t);
  b = 0;
  b++;
  printf("%d\n", b);
  b++;
  printf("%d\n", b);
  b = 0;
  b--;
  printf("%d\n", b);
  b--;
  printf("%d\n", b);
  b = 1;
  b += 1;
  printf("%d\n", b);
  b = 1;
  b -= 1;
  printf("%d\n", b);
  printf("%d %d\n", (int)sizeof(_Bool), (int)sizeof(b + b));
  _Bool arr[4] = {0, 7, -1, 0};
  int count = 0;
  for (int i = 0; i < 4; i++) count += arr[i];
  printf("%d\n", count);
  printf("%d %d %d\n", !b, !!7, (bool)(3 & 4));
  return 0;
}
