/* A macro call whose argument list never closes runs to the end of the file. */
#define TWICE(x) ((x) * 2)
int main(void) {
  int x = TWICE(3;
  return x;
}
