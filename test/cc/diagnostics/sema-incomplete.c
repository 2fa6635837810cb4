/* Incomplete types: sizeof, objects, members and parameters of a struct that is only declared. A tentative
   definition at file scope is checked at the end of the file, so it comes last here. */
struct opaque;
struct holder {
  struct opaque inner; // error
  int n;
};
int use(struct opaque o) { return 0; } // error
int main(void) {
  struct opaque local; // error
  int size = sizeof(struct opaque); // error
  int arr[] ; // error
  return size;
}
struct opaque global; // error
