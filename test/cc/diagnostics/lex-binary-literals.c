/* Binary constants: a digit other than 0 and 1, no digits, a bad suffix, a floating one. */
int main(void) {
  int a = 0b102; // error
  int b = 0b; // error
  int c = 0b11x; // error
  double d = 0b1.0; // error
  return a + b + c + (int)d + 0b1;
}
