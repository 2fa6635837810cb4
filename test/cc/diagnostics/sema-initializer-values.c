/* Initializers of the wrong shape, and addresses that the loader cannot store in a narrower type. */
int object;
int scalar_for_array[2] = 5; // error
int truncated = (int)&object; // error
int main(void) {
  int a[2] = {1, 2};
  int b[2] = a; // error
  return b[0] + scalar_for_array[0] + truncated;
}
