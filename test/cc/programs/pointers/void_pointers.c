/* void * converts to and from any object pointer without a cast; byte views through unsigned char *. */
#include <stdio.h>
#include <string.h>

static void fill(void *dst, int byte, size_t n) {
  unsigned char *p = dst;
  while (n--) *p++ = (unsigned char)byte;
}

static int sum_bytes(const void *src, size_t n) {
  const unsigned char *p = src;
  int s = 0;
  for (size_t i = 0; i < n; i++) s += p[i];
  return s;
}

int main(void) {
  int x = 0x01020304;
  void *v = &x;
  int *ip = v;
  printf("%x\n", *ip);
  unsigned char *bytes = v;
  printf("%d %d %d %d\n", bytes[0], bytes[1], bytes[2], bytes[3]);
  printf("%d\n", sum_bytes(&x, sizeof x));
  long arr[3];
  fill(arr, 0xff, sizeof arr);
  printf("%ld %ld\n", arr[0], arr[2]);
  fill(arr, 0, sizeof arr);
  printf("%ld\n", arr[1]);
  double d = 1.0;
  void *dv = &d;
  printf("%f\n", *(double *)dv);
  void *items[3];
  int i1 = 7;
  double d1 = 2.5;
  char c1[] = "str";
  items[0] = &i1;
  items[1] = &d1;
  items[2] = c1;
  printf("%d %g %s\n", *(int *)items[0], *(double *)items[1], (char *)items[2]);
  char buffer[16];
  memcpy(buffer, "hello", 6);
  void *end = buffer + 5;
  printf("%d\n", (int)((char *)end - buffer));
  return 0;
}
