/* A missing ';' is reported after the token it should follow, on that token's line. (Recovery skips to the
   next ';', so the statement after a missing one is not checked: b = 3 keeps the next error visible.) */
int main(void) {
  int a = 1 // error
  int b = 2;
  a = a + b // error
  b = 3;
  return a // error
}
