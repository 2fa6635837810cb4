/* Initializers that do not fit their object. */
struct point { int x, y; };
int counter;
int a[2] = {1, 2, 3}; // warning
char s[3] = "long"; // error
struct point p = {.z = 1}; // error
int n = {1, 2}; // warning
int *q = counter; // warning error
int b[2] = {[5] = 1}; // error
int x = counter; // error
int main(void) { return a[0] + s[0] + p.x + n + *q + b[0] + x; }
