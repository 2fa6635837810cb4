/* stdio.c: character and line I/O on the standard streams against glibc: putchar, puts, fputs, fwrite, */
/* fprintf to stderr, fflush, getchar, fgets, ungetc, fread, EOF and error flags, and the file functions */
/* that fail for want of a file system. Reads stdio.in. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  char line[16];
  int c, count = 0;
  size_t got;
  putchar('a');
  putchar('\n');
  puts("puts adds a newline");
  fputs("fputs does not\n", stdout);
  fwrite("fwrite 12345\n", 1, 13, stdout);
  printf("fwrite count %zu\n", fwrite("xyzw12", 2, 3, stdout));
  printf("\n");
  fputc('z', stdout);
  putc('\n', stdout);
  fprintf(stderr, "to stderr %d\n", 42);
  fflush(stdout);
  fflush(NULL);

  c = getchar();
  printf("getchar %d\n", c);
  printf("ungetc %d\n", ungetc(c, stdin));
  printf("getc %d\n", getc(stdin));
  printf("fgets [%s]\n", fgets(line, sizeof line, stdin));
  printf("fgets short buffer [%s]\n", fgets(line, 5, stdin));
  printf("fgets rest [%s]\n", fgets(line, sizeof line, stdin));
  got = fread(line, 1, 6, stdin);
  line[got] = '\0';
  printf("fread %zu [%s]\n", got, line);
  while ((c = fgetc(stdin)) != EOF) count++;
  printf("%d more bytes, feof %d ferror %d\n", count, feof(stdin) != 0, ferror(stdin) != 0);
  printf("getchar at end %d, fgets at end %s\n", getchar(), fgets(line, sizeof line, stdin) == NULL ? "NULL" : "line");
  clearerr(stdin);
  printf("after clearerr feof %d\n", feof(stdin) != 0);
  printf("ungetc EOF %d\n", ungetc(EOF, stdin));

  errno = 0;
  printf("fopen %s\n", fopen("/nonexistent/tessera/file", "r") == NULL ? "NULL" : "opened");
  printf("remove %d rename %d\n", remove("/nonexistent/tessera/file") != 0, rename("/nonexistent/a", "/nonexistent/b") != 0);
  errno = ENOENT;
  perror("perror");
  errno = ERANGE;
  perror(NULL);
  errno = EDOM;
  perror("");
  printf("EOF %d BUFSIZ positive %d\n", EOF, BUFSIZ > 0);
  printf("last line without newline");
  return 0;
}
