/* C99 features Tessera does not implement say so plainly. */
int main(int argc, char **argv) {
  int table[argc]; // error
  _Complex double z; // error
  double _Imaginary i; // error
  return table[0] + (int)argv[0][0];
}
