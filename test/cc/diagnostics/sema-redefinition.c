/* The same name defined twice in one scope: variables, functions, tags, typedefs and enumerators. */
int total = 1;
int total = 2; // error
int twice(void) { return 1; }
int twice(void) { return 2; } // error
struct s { int a; };
struct s { int b; }; // error
typedef int number;
typedef double number; // error
enum color { RED, GREEN };
enum shade { RED }; // error
int main(void) {
  int x = 1;
  int x = 2; // error
  return x + total + twice();
}
