/* Included by pp-include-header-error.c. */
#ifndef BROKEN_H
#define BROKEN_H
int broken(void)
#error broken.h is broken on purpose
#endif
