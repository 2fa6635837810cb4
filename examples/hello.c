// hello.c: the smallest C program: `npx tessera run examples/hello.c`.
#include <stdio.h>

int main(void) {
  printf("Hello from Tessera!\n");
  return 0;
}
