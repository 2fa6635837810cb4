/* Floating constants with missing exponent digits, a hexadecimal one without its exponent, bad suffixes. */
double a = 1e; // error
double b = 0x1.8; // error
double c = 1.5q; // error
double d = 1e999; // warning
float e = 1e99f; // warning
int main(void) { return 0; }
