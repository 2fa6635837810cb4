/* break, continue, case and default outside the statements they belong to; labels used but not defined. */
int main(void) {
  int x = 0;
  break; // error
  continue; // error
  case 1: x++; // error
  default: x--; // error
  goto finish; // error
  switch (x) { case 0: continue; } // error
  return x;
}
