/* Declarations of one name that disagree on its type or its kind. */
int count;
double count; // error
int scale(int);
int scale(int a, int b); // error
long shift(void);
int shift(void) { return 0; } // error
typedef int handle;
int handle; // error
int main(void) { return count + scale(1) + shift(); }
