/* Declarations that cannot be: arrays of incomplete types, duplicate members, misplaced storage classes. */
struct later;
struct later table[3]; // error
struct twice { int a; int a; }; // error
int params(int, void); // error
int storage(static int x); // error
int f(void) = 3; // error
int; // warning
struct tag { int x; };
union tag *wrong; // error
struct holder { int method(void); }; // error
typedef int number = 3; // error
static int hidden;
int hidden; // error
int main(void) { return 0; }
