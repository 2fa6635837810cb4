/* Functions and objects that are declared and used but defined nowhere: link errors at each use. */
int helper(int x);
extern int configured;
int main(void) {
  int a = helper(1); // error
  int b = configured; // error
  return a + b + helper(2); // error
}
