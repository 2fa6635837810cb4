/* Files written and read back in one run (the in-memory file system): fprintf, fgets, fgetc, ungetc,
 * fread, fwrite, fseek, ftell, append mode, w+ mode, rename and remove. */
#include <stdio.h>
#include <string.h>

int main(void) {
  FILE *f = fopen("fred.txt", "w");
  if (f == NULL) return 1;
  fprintf(f, "hello\nworld %d\n", 42);
  fputs("third line\n", f);
  fclose(f);

  f = fopen("fred.txt", "r");
  char line[32];
  while (fgets(line, sizeof line, f) != NULL) printf("line: %s", line);
  printf("eof %d\n", feof(f) != 0);
  fclose(f);

  f = fopen("fred.txt", "r");
  int c, count = 0;
  while ((c = fgetc(f)) != EOF) count += c == 'l';
  printf("l count %d\n", count);
  rewind(f);
  c = fgetc(f);
  ungetc(c, f);
  long at = ftell(f);
  printf("%c%c ftell %ld\n", c, fgetc(f), at);
  fseek(f, -5, SEEK_END);
  printf("tail %s", fgets(line, sizeof line, f));
  fclose(f);

  f = fopen("fred.txt", "a");
  fputs("appended\n", f);
  fclose(f);
  f = fopen("fred.txt", "r");
  fseek(f, 0, SEEK_END);
  printf("size %ld\n", ftell(f));
  fclose(f);

  int numbers[5] = {1, 2, 3, 4, 5}, back[5] = {0};
  f = fopen("numbers.bin", "w+");
  printf("wrote %zu\n", fwrite(numbers, sizeof numbers[0], 5, f));
  fseek(f, 2 * sizeof(int), SEEK_SET);
  printf("read %zu\n", fread(back, sizeof back[0], 5, f));
  printf("%d %d %d\n", back[0], back[1], back[2]);
  fclose(f);

  printf("rename %d\n", rename("numbers.bin", "n.bin"));
  FILE *old = fopen("numbers.bin", "r"), *renamed = fopen("n.bin", "r");
  printf("old %d new %d\n", old == NULL, renamed != NULL);
  fclose(renamed);
  int removed = remove("fred.txt");
  printf("remove %d %d\n", removed, fopen("fred.txt", "r") == NULL);
  printf("remove again %d %d\n", remove("fred.txt"), remove("n.bin"));
  return 0;
}
