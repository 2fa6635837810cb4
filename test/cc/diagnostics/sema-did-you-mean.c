/* Hints for the commonest slips: a misspelt name or member gets the closest declared one, and a library
   function called without its header names the header. */
struct point { int x, y; };

int main(void) {
  struct point origin = { 0, 0 };
  int total = 0;
  int count = 3;
  origin.yy = 1; // error
  for (int i = 0; i < count; i++)
    totl += i; // error
  printf("%d\n", total); // warning
  return cuont; // error
}
