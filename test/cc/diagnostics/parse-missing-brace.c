/* A function body left open at the end of the file. */
int main(void) {
  int i = 0;
  while (i < 10) {
    i++;
  return i; // error
