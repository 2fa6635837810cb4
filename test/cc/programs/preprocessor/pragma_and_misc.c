/* Directives with no visible effect: #pragma (unknown ones are ignored), the null directive, #ident-free code. */
#include <stdio.h>

#pragma once_is_not_for_c_files_but_unknown_pragmas_are_ignored
#pragma STDC FP_CONTRACT OFF
#

#define EMPTY_FUNC()
#define SEMI ;

int main(void) {
  EMPTY_FUNC()
  printf("ok\n") SEMI
  _Pragma("GCC diagnostic ignored \"-Wunused\"") int unused_but_fine = 0;
  (void)unused_but_fine;
  printf("pragma operator\n");
  return 0;
}
