/* Errors in an assembly file linked with the C program are reported as the assembler reports them. */
// cc: units/broken.s
int from_assembly(void);
int main(void) { return from_assembly(); }
