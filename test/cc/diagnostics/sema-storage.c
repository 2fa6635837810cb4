/* Storage classes that contradict earlier declarations or their place. */
int shared(void);
static int shared(void) { return 1; } // error
static int hidden(void) { return 2; }
int hidden(void); 
extern int configured = 3; // warning
auto int file_scope; // error
register int also_file_scope; // error
int main(void) {
  register int r = 1;
  int *p = &r; // error
  static int f(void); // error
  return shared() + hidden() + configured + *p;
}
