/* Independent errors in one file: each is reported once, in source order, and nothing cascades from them. */
struct point { int x, y; };

int area(struct point p) {
  return p.x * p.z; // error
}

int main(void) {
  struct point p = {1, 2};
  int n = undefined_name; // error
  int m = n + 1;
  m = area(p, 1); // error
  const int c = m;
  c = 3; // error
  for (int i = 0; i < 3; i++)
    n += unknown[i]; // error
  return n + m + c + area(3); // error
}
