/* Assignments to things that are not objects, and operators that need one. */
int value(void) { return 1; }
int main(void) {
  int a = 1, b = 2;
  int arr[3];
  5 = a; // error
  a + b = 3; // error
  value() = 4; // error
  (a ? a : b) = 5; // error
  arr = 0; // error
  b++++; // error
  int *p = &3; // error
  --value(); // error
  return a + b + *p;
}
