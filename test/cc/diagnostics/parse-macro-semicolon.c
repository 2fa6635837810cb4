/* A macro whose body ends in ';': one error where it is used, none for the ']' and ')' left after it. */
#define SIZE 10;
int f(int n);
int main(void) {
  int table[SIZE]; // error
  return f(SIZE); // error
}
