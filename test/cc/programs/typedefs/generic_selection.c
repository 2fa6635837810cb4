/* C11 _Generic: selection by the decayed, unqualified type of an unevaluated controlling expression. */
#include <stdio.h>
struct S { int a; };
typedef int (*fn)(void);
int one(void) { return 1; }
#define T(x) _Generic((x), char: "char", signed char: "schar", unsigned char: "uchar", short: "short", \
  int: "int", unsigned: "unsigned", long: "long", unsigned long: "ulong", long long: "llong", \
  float: "float", double: "double", char *: "char*", const char *: "const char*", int *: "int*", \
  struct S: "struct S", fn: "fn", default: "other")
int main(void){
  char c = 0; const int ci = 1; int arr[3]; struct S s; const char *cs = "x";
  printf("%s %s %s %s\n", T(c), T(ci), T(arr), T(s));
  printf("%s %s %s %s\n", T(1u), T(2L), T(3UL), T(4LL));
  printf("%s %s %s %s\n", T(1.0f), T(1.0), T("lit"), T(cs));
  printf("%s %s %s\n", T(one), T((short)1), T(c + c));
  printf("%s\n", T((unsigned char)1));
  int x = 0;
  int r = _Generic(x++, int: 10, default: 20);
  printf("%d %d\n", r, x);
  printf("%d\n", _Generic(1.0, default: 1, double: 2));
  return 0;
}
