/* A comment left open swallows the rest of the file: the error is where it starts. */
int main(void) {
  return 0; /* the end of main
}
