/* Places where an expression is missing. */
int main(void) {
  int a = ; // error
  int b = (1 + ); // error
  int c = 1 2; // error
  a = * ; // error
  b = a ? 1 : ; // error
  c = f(1, ); // error
  return a b; // error
}
