/* A function called before any declaration: a warning, and the call still works when it is defined later. */
int main(void) {
  return later(2) - 4; // warning
}
int later(int x) { return x * 2; }
