/* #include with a header name that never closes, and with an empty one. */
#include <stdio.h
#include ""
int main(void) { return 0; }
