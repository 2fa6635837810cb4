/* -w hides warnings, even with -Wall, and their notes, but never errors, nor the notes of errors. */
// cc: -w -Wall
int add(int a, int b) { return a + b; }
int main(void) {
  int unused = 1;
  char *c = &unused;
  printf("%d\n", *c);
  add(1); // error
  return undeclared; // error
}
