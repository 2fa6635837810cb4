/* -Wall warnings about void pointer arithmetic and strings that lose their terminating NUL. */
// cc: -Wall
char exact[3] = "abc"; // warning
int main(void) {
  void *p = exact;
  p = p + 1; // warning
  return exact[0] + (p != 0);
}
