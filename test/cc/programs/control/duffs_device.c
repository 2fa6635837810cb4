/* Duff's device: a do-while loop interleaved with switch cases to unroll a copy. */
#include <stdio.h>

static void duff_copy(short *to, const short *from, int count) {
  int n = (count + 7) / 8;
  switch (count % 8) {
  case 0: do { *to++ = *from++;
  case 7: *to++ = *from++;
  case 6: *to++ = *from++;
  case 5: *to++ = *from++;
  case 4: *to++ = *from++;
  case 3: *to++ = *from++;
  case 2: *to++ = *from++;
  case 1: *to++ = *from++;
          } while (--n > 0);
  }
}

int main(void) {
  short src[40], dst[40];
  for (int i = 0; i < 40; i++) src[i] = (short)(i * 7 - 100);
  for (int count = 1; count <= 20; count += 3) {
    for (int i = 0; i < 40; i++) dst[i] = -1;
    duff_copy(dst, src, count);
    int ok = 1;
    for (int i = 0; i < count; i++) ok = ok && dst[i] == src[i];
    printf("%d: ok %d next %d\n", count, ok, dst[count]);
  }
  return 0;
}
