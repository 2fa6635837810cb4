/* main must be a function: the C library's _start calls it. */
int helper(void) { return 1; }
int main = 3;
