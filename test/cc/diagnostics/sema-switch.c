/* Switches with repeated case values, two defaults, cases that are not constants, a non-integer value. */
int main(int argc, char **argv) {
  double d = 1.5;
  switch (argc) {
  case 1: break;
  case 2: case 1: break; // error
  default: break;
  default: break; // error
  case argc: break; // error
  case 1.5: break; // error
  }
  switch (d) { case 1: break; } // error
  return argv[0][0];
}
