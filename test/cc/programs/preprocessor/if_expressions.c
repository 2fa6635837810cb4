/* #if expressions built from macros: nested function-like macros, character constants and large values. */
#include <stdio.h>

#define KB(n) ((n) * 1024L)
#define MB(n) (KB(n) * 1024L)
#define IS_POW2(x) (((x) & ((x) - 1)) == 0)
#define VERSION_MAJOR 2
#define VERSION_MINOR 7
#define VERSION (VERSION_MAJOR * 100 + VERSION_MINOR)

int main(void) {
#if MB(4) == 4194304
  printf("4 MB\n");
#endif
#if IS_POW2(64) && !IS_POW2(48)
  printf("power of two checks\n");
#endif
#if VERSION >= 205 && VERSION < 300
  printf("version %d\n", VERSION);
#endif
#if 'z' - 'a' == 25
  printf("character arithmetic\n");
#endif
#if 0xffffffffffffffff == -1
  printf("all ones equals -1 in #if arithmetic\n");
#endif
#if (18446744073709551615u / 2) == 9223372036854775807
  printf("unsigned division\n");
#endif
#if defined(VERSION) + defined(MISSING) == 1
  printf("defined adds up\n");
#endif
  return 0;
}
