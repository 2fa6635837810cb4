/* Linked with link-multiple-definition.c, which defines the same names. */
int shared = 2;

int twice(void) { return 3; }
