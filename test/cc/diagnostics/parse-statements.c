/* Malformed statements: for with a comma, case without a value, goto without a label, do without while. */
int main(void) {
  int x = 0;
  for (int i = 0; i < 3, i++) {} // error
  switch (x) { case: break; } // error
  goto; // error
  do x++; (x < 3); // error
  if x > 0 return 1; // error
  return x;
}
