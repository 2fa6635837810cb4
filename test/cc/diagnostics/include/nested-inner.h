/* Included by nested-outer.h: two syntax errors, each after "In file included from" lines (once). */
int inner(void) {
  int a = 1
  return a +;
}
