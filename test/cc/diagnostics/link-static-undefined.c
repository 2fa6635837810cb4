/* A static function declared and used but never defined: a warning, then a link error at the call. */
static int local_helper(int x);
int main(void) {
  return local_helper(3); // warning error
}
