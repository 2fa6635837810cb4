/* Variable-length arrays where C forbids them: at file scope, with static storage or linkage, with an
   initializer, as members, in compound literals, and jumps into their scope. */
int n = 3;
int file_array[n]; // error
typedef int file_type[n]; // error
int (*file_pointer)[n]; // error

void storage(int m) {
  static int kept[m]; // error
  extern int linked[m]; // error
  static int (*allowed)[m];
  int zeroed[m] = {0}; // error
  struct member { int x[m]; } s; // error
  int *literal = (int[m]){1}; // error
  (void)allowed;
  (void)s;
  (void)literal;
  (void)zeroed;
}

void forward_goto(int m) {
  goto after; // error
  int skipped[m];
after:
  skipped[0] = 1;
}

void typedef_goto(int m) {
  typedef char row[m];
  goto done; // error
  row r;
  r[0] = 0;
done:;
}

void backward_goto_is_fine(int m) {
again:;
  int a[m];
  a[0] = m--;
  if (m > 0) goto again;
}

int switch_into(int m) {
  switch (m) {
    int local[m];
  case 1: // error
    local[0] = 1;
    return local[0];
  }
  return 0;
}

void star_outside_prototype(int a[*]) { // error
  (void)a;
}

void star_in_block(void) {
  int b[*]; // error
  (void)b;
}
