/* Alignments that are not powers of 2, not constant, or too large; static_assert through <assert.h>. */
#include <assert.h>
int n = 4;
_Alignas(3) int a; // error
int b __attribute__((aligned(n))); // error
struct s {
  _Alignas(-8) char c; // error
};
_Alignas(1 << 30) char big; // error
static_assert(sizeof(int) == 2, "static_assert from assert.h"); // error
_Static_assert(_Alignof(double) == 8, "fine");
int main(void) { return 0; }
