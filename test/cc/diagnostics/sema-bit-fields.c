/* Bit-fields wider than their type, of negative width, of the wrong type, and their address or size. */
struct flags {
  int wide : 40; // error
  int negative : -1; // error
  double real : 3; // error
  unsigned ok : 3;
};
int main(void) {
  struct flags f = {0};
  unsigned *p = &f.ok; // error
  int s = sizeof f.ok; // error
  return s + (int)*p;
}
