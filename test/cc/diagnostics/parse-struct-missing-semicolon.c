/* A struct definition without its ';' before a function. */
struct point { int x; int y; }
int main(void) {
  int a = 1
  return a;
}
