/* Statement expressions: only inside a function; a void one has no value. */
int outside = ({ 1; }); // error
int main(void) {
  int v = ({ int x = 1; if (x) x++; }); // error
  return ({ v; });
}
