/* strtok over a modifiable buffer with several delimiters, empty fields skipped, and a changed delimiter set. */
#include <stdio.h>
#include <string.h>

int main(void) {
  char line[] = "  alpha, beta;;gamma ,delta  ";
  for (char *tok = strtok(line, " ,;"); tok; tok = strtok(NULL, " ,;")) printf("[%s]", tok);
  printf("\n");
  char kv[] = "key=value;other=thing";
  char *k1 = strtok(kv, "=");
  char *v1 = strtok(NULL, ";");
  char *k2 = strtok(NULL, "=");
  char *v2 = strtok(NULL, "");
  printf("%s %s %s %s\n", k1, v1, k2, v2);
  char empty[] = ",,,";
  printf("%d\n", strtok(empty, ",") == NULL);
  char path[] = "/usr/local/bin/";
  int parts = 0;
  for (char *p = strtok(path, "/"); p; p = strtok(NULL, "/")) parts++;
  printf("%d\n", parts);
  return 0;
}
