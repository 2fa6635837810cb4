/* Function-like macros called with the wrong number of arguments. */
#define ADD(a, b) ((a) + (b))
#define NONE() 0
#define LOG(format, ...) printf(format, __VA_ARGS__)
int main(void) {
  int x = ADD(1);
  int y = ADD(1, 2, 3);
  int z = NONE(1);
  int w = ADD((1, 2), 3);
  return x + y + z + w;
}
