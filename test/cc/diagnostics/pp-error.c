/* #error stops the compilation with its message; #warning does not. */
#ifndef CONFIG_SIZE
#error CONFIG_SIZE must be defined: compile with -D CONFIG_SIZE=64
#endif
#warning this build is for testing only
int main(void) { return 0; }
