/* Included by pp-include-nested.c; includes nested-inner.h, which has errors. */
#include "nested-inner.h"
int outer(void) { return inner() + 1; }
