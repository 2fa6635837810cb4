/* A file that includes itself without a guard: stopped at the nesting limit, reported once. */
#include "pp-include-recursive.c"
int main(void) { return 0; }
