/* Independent syntax errors in one file: each is reported once, in order, with no cascade after it. */
int first(void) {
  return 1 // error
}

int second(int a, int b {  // error
  return a + b;
}

int third(void) {
  int x = (1 + 2;  // error
  int y = x +;  // error
  return x y;  // error
}

int main(void) {
  return first() + third();
}
