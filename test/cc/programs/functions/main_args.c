// args: first second third
/* main receives argc and argv: the program name first (not printed, it differs by platform), then the arguments. */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  printf("%d\n", argc);
  for (int i = 1; i < argc; i++) printf("%d %s %zu\n", i, argv[i], strlen(argv[i]));
  printf("%d\n", argv[argc] == 0);
  printf("%d\n", argv[0] != 0);
  return argc;
}
