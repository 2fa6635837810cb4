/* #line changes the line and the file that later diagnostics name (with no source line to show). */
#line 100
int main(void) { return missing; }
#line 7 "renamed.c"
int other(void) { return gone; }
