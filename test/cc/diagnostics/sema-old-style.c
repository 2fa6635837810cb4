/* Old-style (K&R) definitions: a parameter left untyped; a declaration for a parameter that is not there
   (the function stays declared, so the call below it is no implicit declaration). A struct first declared
   in a parameter list; an extern with an initializer in a block. */
// cc: -Wall
int untyped(a, b) // warning
  int a;
{
  return a + b;
}
int sum(a, b)
  int a;
  int z; // error
{
  return a + b;
}
int visible(struct hidden *h); // warning
int main(void) {
  extern int configured = 1; // error
  return untyped(1, 2) + sum(1, 2) + visible(0) + configured;
}
