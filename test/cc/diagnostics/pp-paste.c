/* ## must make one valid token; _Pragma takes a string. */
#define CAT(a, b) a ## b
int main(void) {
  int x = CAT(+, -);
  int y = CAT(1, .);
  _Pragma(unknown)
  return x + y;
}
