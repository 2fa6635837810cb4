/* Definitions without their ';': each reported after its '}', and what follows is parsed and checked
   as if the ';' were there. */
struct point { int x; int y; } // error
int main(void) {
  struct point p = { 1, 2 };
  enum colour { RED, GREEN } // error
  int a = 1 // error
  return a + p.z; // error
}
