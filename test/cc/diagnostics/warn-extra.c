/* Warnings that only -Wall gives: unused variables and parameters, sign comparisons, statements doing nothing. */
// cc: -Wall
int f(int used, int unused) { // warning
  return used;
}
int main(void) {
  int idle = 3; // warning
  unsigned u = 1;
  int s = -1;
  if (s < u) return 1; // warning
  s + 1; // warning
  return f(s, 0);
}
