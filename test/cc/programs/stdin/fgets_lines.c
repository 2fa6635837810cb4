/* Reading lines with fgets: short buffers split long lines, the newline is kept, NULL at end of file. */
#include <stdio.h>
#include <string.h>

int main(void) {
  char buf[16];
  int n = 0;
  while (fgets(buf, sizeof buf, stdin) != NULL) {
    size_t len = strlen(buf);
    int complete = len > 0 && buf[len - 1] == '\n';
    if (complete) buf[len - 1] = 0;
    printf("%d: [%s]%s\n", ++n, buf, complete ? "" : " (partial)");
  }
  printf("%d reads, eof %d\n", n, feof(stdin) != 0);
  return 0;
}
