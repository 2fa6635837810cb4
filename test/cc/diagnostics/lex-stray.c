/* Characters that are not C: each is reported where it stands, and the line still parses. */
int main(void) {
  int a = 1 @ 2;
  int b = `3`;
  int c = 4 \ 5;
  int d = 6 é 7;
  return a + b + c + d;
}
