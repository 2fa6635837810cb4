/* The file ends in the middle of an expression. */
int main(void) {
  return 1 + // error
