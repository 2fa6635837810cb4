/* A program that prints nothing and exits with status 1. */
int main(void) { return 1; }
