/* return statements that disagree with the function's type. */
struct point { int x, y; };
void nothing(void) {
  return 3; // error
}
int number(void) {
  return; // warning
}
int *pointer(void) {
  struct point p = {1, 2};
  return p; // error
}
struct point make(void) {
  return 1; // error
}
int main(void) {
  int v = nothing(); // error
  return v + number() + *pointer() + make().x;
}
