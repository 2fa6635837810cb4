/* Hints for the commonest slips: a misspelt name gets the closest declared one, and a library function
   called without its header names the header. */
int main(void) {
  int total = 0;
  int count = 3;
  for (int i = 0; i < count; i++)
    totl += i; // error
  printf("%d\n", total); // warning
  return cuont; // error
}
