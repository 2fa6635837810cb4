/* Writes to const objects: variables, pointed-to objects, members and parameters. */
struct box { const int id; int size; };
int set(const int n, const char *s) {
  n = 2; // error
  *s = 'x'; // error
  return n;
}
int main(void) {
  const int limit = 10;
  const struct box b = {1, 2};
  struct box c = {3, 4};
  limit = 20; // error
  limit++; // error
  b.size = 3; // error
  c.id = 5; // error
  return set(limit, "s") + b.id + c.size;
}
