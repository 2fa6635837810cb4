/* Indirection through things that are not pointers, and subscripts of things that are not arrays. */
struct point { int x, y; };
int main(void) {
  int n = 3;
  struct point p = {1, 2};
  int a = *n; // error
  int b = n[0]; // error
  int c = p->x; // error
  void *v = &n;
  int d = *v; // warning error
  int arr[2] = {0, 1};
  int e = arr[1.5]; // error
  return a + b + c + d + e;
}
