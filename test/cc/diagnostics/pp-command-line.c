/* Macros from the command line: -D with and without a value, and -U. */
// cc: -DWIDTH=3 -DVERBOSE -UHEIGHT -DBAD=(
#ifndef WIDTH
#error WIDTH is not defined
#endif
#if VERBOSE != 1
#error VERBOSE is not 1
#endif
#ifdef HEIGHT
#error HEIGHT is still defined
#endif
int main(void) { return WIDTH + BAD; }
