/* Warnings gcc gives by default: implicit int, arrays assumed to have one element, shifts, overflow. */
static count = 3; // warning
int table[]; // warning
f(void) { return 1; } // warning
int main(void) {
  int big = 1 << 40; // warning
  int wrap = 2147483647 + 1; // warning
  int zero = 1 / 0; // warning
  int negative = 1 << -1; // warning
  return count + table[0] + f() + big + wrap + zero + negative;
}
