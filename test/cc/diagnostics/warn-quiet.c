/* -w hides warnings, even with -Wall, but never errors. */
// cc: -w -Wall
int main(void) {
  int unused = 1;
  char *c = &unused;
  return undeclared; // error
}
