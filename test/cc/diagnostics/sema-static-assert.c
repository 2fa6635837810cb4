/* _Static_assert with a false condition, with and without a message; and with a non-constant one. */
_Static_assert(sizeof(int) == 8, "int must be 64 bits"); // error
_Static_assert(1 + 1 == 3, "arithmetic is broken"); // error
int n = 1;
_Static_assert(n, "not constant"); // error
int main(void) { return 0; }
