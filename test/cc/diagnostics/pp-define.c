/* Malformed #define and #undef directives. */
#define
#define 3D 1
#define defined 1
#define F(a, a) a
#define G(a, 1) a
#define H(a) # b
#define J(a) ## a
#define K(a) a ##
#define L __VA_ARGS__
#define M(a b) a
#define N(a
#define O-1
#undef
#undef X Y
int main(void) { return 0; }
