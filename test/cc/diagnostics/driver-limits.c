/* Programs beyond what a Tessera module holds: over 1 GiB of static data. */
char small[16];
char huge[2000000000];
int main(void) { huge[0] = 1; return huge[0] + small[0]; }
