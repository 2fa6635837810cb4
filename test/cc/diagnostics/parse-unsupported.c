/* GNU extensions that Tessera does not support, each with a clear message. */
int main(void) {
  void *p = &&done; // error
  goto *p; // error
  int x = 1;
  asm("nop"); // error
done:
  return x;
}
