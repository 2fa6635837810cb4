/* C99 features Tessera does not implement say so plainly. */
int main(int argc, char **argv) {
  _Complex double z; // error
  double _Imaginary i; // error
  return argc + (int)argv[0][0];
}
