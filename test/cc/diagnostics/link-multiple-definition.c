/* Names defined in two units: link errors at the definition in the second unit. */
// cc: units/other-definitions.c
int shared = 1;
int twice(void) { return 2; }
int main(void) { return shared + twice(); }
