/* Member declarations that are not: missing ';', a bit-field without a type, a function body inside. */
struct a {
  int x // error
};
struct b {
  : 3; // error
  int y;
};
struct c {
  int f(void) { return 0; } // error
};
int main(void) { return 0; }
