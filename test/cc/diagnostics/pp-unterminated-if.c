/* Conditional groups still open at the end of the file, reported at their #if. */
#if 1
int main(void) { return 0; }
#ifdef DEBUG
int debug;
