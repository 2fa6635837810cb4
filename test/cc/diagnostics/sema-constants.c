/* Enumerations that overflow, and static initializers that cannot be computed when the program loads. */
enum big { LAST = 9223372036854775807, NEXT }; // error
int object;
long address = (long)&object * 2; // error
int main(void) {
  return NEXT;
}
