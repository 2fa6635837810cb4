/* Interleaving printf, puts, putchar, fputs and fwrite on stdout keeps their order; fflush(NULL) and fflush(stdout). */
#include <stdio.h>

int main(void) {
  printf("a");
  putchar('b');
  fputs("c", stdout);
  fwrite("d", 1, 1, stdout);
  puts("e");
  fflush(stdout);
  printf("f\n");
  fflush(NULL);
  for (int i = 0; i < 3; i++) {
    printf("%d", i);
    putchar(i == 2 ? '\n' : ',');
  }
  fprintf(stderr, "stderr is not compared\n");
  puts("end");
  return 0;
}
