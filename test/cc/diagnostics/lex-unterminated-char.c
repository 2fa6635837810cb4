/* A character constant must end on its line: the error is at its opening quote. */
int main(void) {
  char c = 'a;
  return c;
}
