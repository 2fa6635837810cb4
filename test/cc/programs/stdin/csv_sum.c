/* Parses CSV records from standard input with fgets and strtok, summing columns by name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char line[128];
  char names[8][16];
  double sums[8] = {0};
  int columns = 0, rows = 0;
  if (!fgets(line, sizeof line, stdin)) return 1;
  for (char *tok = strtok(line, ",\n"); tok && columns < 8; tok = strtok(NULL, ",\n")) {
    strncpy(names[columns], tok, 15);
    names[columns][15] = 0;
    columns++;
  }
  while (fgets(line, sizeof line, stdin)) {
    int col = 0;
    for (char *tok = strtok(line, ",\n"); tok && col < columns; tok = strtok(NULL, ",\n")) sums[col++] += atof(tok);
    if (col) rows++;
  }
  printf("%d rows\n", rows);
  for (int i = 0; i < columns; i++) printf("%s: %.2f (avg %.3f)\n", names[i], sums[i], rows ? sums[i] / rows : 0.0);
  return 0;
}
