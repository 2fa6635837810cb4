/* Nesting deeper than the compiler allows (here made by macros), reported once at the point it is hit. */
#define P1(x) ((((((((x))))))))
#define P2(x) P1(P1(P1(P1(P1(P1(P1(P1(x))))))))
#define P3(x) P2(P2(P2(P2(P2(P2(P2(P2(x))))))))
#define SUM1(x) x + x + x + x + x + x + x + x
#define SUM2(x) SUM1(SUM1(SUM1(SUM1(x))))
int deep(void) { return P3(1); } // error
int wide(int x) { return SUM2(x); } // error
int main(void) { return 0; }
