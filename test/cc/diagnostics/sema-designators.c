/* Designators that do not match the object they initialize. */
struct point { int x, y; };
int scalar = {.x = 1}; // error
struct point p = {[0] = 1}; // error
int range[5] = {[3 ... 1] = 7}; // error
int numbers[3] = "ab"; // error
int main(void) { return scalar + p.x + range[0] + numbers[0]; }
