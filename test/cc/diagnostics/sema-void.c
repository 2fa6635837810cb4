/* void values used as values, and void objects. */
void nothing(void) {}
int main(void) {
  int a = nothing(); // error
  int b = 1 + nothing(); // error
  void *p = &a;
  int c = *p + 1; // warning error
  void v; // error
  return a + b + c;
}
