/* Declarators that name nothing, or put their parts in the wrong order. */
int *[3] a; // error
int (*)(int) f; // error
int g(int x y); // error
int 3x; // error
int h[3)]; // error
int (k; // error
int main(void) { return 0; }
