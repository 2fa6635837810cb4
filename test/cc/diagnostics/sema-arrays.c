/* Array declarators with impossible sizes or element types. */
int negative[-1]; // error
int fractional[1.5]; // error
int functions[3](void); // error
int (returns(void))[3]; // error
char huge[1LL << 62]; // error
void voids[4]; // error
int main(void) { return 0; }
