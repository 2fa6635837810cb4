/* A macro redefined with a different body, and built-in macros redefined. */
#define SIZE 10
#define SIZE 10
#define SIZE 20
#define AREA(w, h) ((w) * (h))
#define AREA(w, h) (w * h)
#define __LINE__ 5
#undef __FILE__
int main(void) { return SIZE + AREA(2, 3); }
