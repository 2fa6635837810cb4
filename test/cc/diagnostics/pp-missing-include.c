/* Headers that are nowhere on the search path: the error names the header as written. */
#include "not-here.h"
#include <no-such-header.h>
#include
#include nothing
int main(void) { return 0; }
