/* #if arithmetic: integer operators, defined(), unsigned and negative values, undefined names as 0, #elif chains. */
#include <limits.h>
#include <stdio.h>

#define LEVEL 3
#define FLAG

int main(void) {
#if LEVEL > 2 && defined(FLAG)
  printf("level>2 and flag\n");
#endif
#if LEVEL == 1
  printf("one\n");
#elif LEVEL == 2
  printf("two\n");
#elif LEVEL == 3
  printf("three\n");
#else
  printf("other\n");
#endif
#if UNDEFINED_NAME == 0
  printf("undefined is 0\n");
#endif
#if -1 < 0
  printf("signed compare\n");
#endif
#if -1 > 0u
  printf("unsigned compare: -1 > 0u\n");
#endif
#if (2 + 3) * 4 == 20 && 17 % 5 == 2 && (1 << 10) == 1024 && ~0 == -1
  printf("arithmetic\n");
#endif
#if LONG_MAX > 2147483647
  printf("64-bit long\n");
#endif
#if 0x10 == 16 && 010 == 8 && 'A' == 65
  printf("literals\n");
#endif
#if !defined FLAG
  printf("never\n");
#elif defined LEVEL
  printf("defined without parens\n");
#endif
#if 1 ? 2 : (1 / 0)
  printf("conditional operator\n");
#endif
#if 0
  this is not C at all, but skipped #if groups only need valid preprocessing tokens
#endif
#ifndef NOT_DEFINED
  printf("ifndef\n");
#endif
  return 0;
}
