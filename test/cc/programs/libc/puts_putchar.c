/* puts appends a newline; putchar, fputs, fputc, putc and fwrite to stdout; their return values. */
#include <stdio.h>

int main(void) {
  int r = puts("puts line");
  printf("%d\n", r >= 0);
  r = putchar('A');
  printf(" %d\n", r);
  r = putchar(256 + 'B');
  printf(" %d\n", r);
  r = fputs("fputs no newline", stdout);
  printf(" %d\n", r >= 0);
  fputc('c', stdout);
  putc('d', stdout);
  putchar('\n');
  size_t w = fwrite("fwrite data\n", 1, 12, stdout);
  printf("%zu\n", w);
  w = fwrite("abcdef", 2, 3, stdout);
  printf("\n%zu\n", w);
  fprintf(stdout, "fprintf %d\n", 7);
  puts("");
  puts("after empty");
  fflush(stdout);
  return 0;
}
