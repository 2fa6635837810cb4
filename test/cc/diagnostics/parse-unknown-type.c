/* A type name nobody declared: a typo for a type, or a missing #include. */
size_t length; // error
int main(void) {
  uint8_t byte = 0; // error
  return byte;
}
