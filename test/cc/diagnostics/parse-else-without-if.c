/* An else that follows no if, and a stray closing brace at file scope. */
int main(void) {
  int x = 0;
  else x = 1; // error
  return x;
}
} // error
