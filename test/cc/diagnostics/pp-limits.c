/* Macros that expand without end, and #if expressions nested too deeply, stop with one error each. */
#define TWICE(x) x x
#define MANY(x) TWICE(TWICE(TWICE(TWICE(TWICE(TWICE(TWICE(TWICE(x))))))))
#define P1(x) ((((((((x))))))))
#define P2(x) P1(P1(P1(P1(P1(P1(P1(P1(x))))))))
#if P2(P2(P2(P2(P2(1)))))
#endif
int main(void) { MANY(MANY(MANY(1))); return 0; }
