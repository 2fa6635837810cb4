/* A string literal must end on its line: the error is at its opening quote. */
int puts(const char *s);

int main(void) {
  puts("hello, world);
  return 0;
}
