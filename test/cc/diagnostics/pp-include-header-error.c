/* An error inside an included header is reported in the header, at its own line. */
#include "include/broken.h"
int main(void) { return broken(); }
