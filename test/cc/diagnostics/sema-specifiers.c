/* Declaration specifiers that contradict each other. */
int double a; // error
signed unsigned b; // error
long long long c; // error
static extern int d; // error
short char e; // error
void f; // error
int main(void) { return 0; }
