/* Missing ')' in conditions, calls and casts. */
int add(int a, int b) { return a + b; }
int main(void) {
  int x = 1;
  if (x > 0 { // error
    x = 2;
  }
  x = add(1, 2; // error
  while (x < 10 x++; // error
  return (int x; // error
}
