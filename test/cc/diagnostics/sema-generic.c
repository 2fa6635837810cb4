/* A _Generic selection whose controlling type matches no association and there is no default. */
int main(void) {
  float f = 1.0f;
  return _Generic(f, int: 0, double: 1); // error
}
