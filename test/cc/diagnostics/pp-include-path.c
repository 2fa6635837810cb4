/* -I adds a directory to the search for "..." and <...>: a header found there reports its own errors. */
// cc: -Iinclude
#include <broken.h>
int main(void) { return broken(); }
