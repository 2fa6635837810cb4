/* Every integer operator on every integer type at edge values. */
void print_i64(long);
void print_u64(unsigned long);

#define TEST_SIGNED(T, NAME, MIN, MAX)                                          \
  static void NAME(void) {                                                     \
    T v[] = {MIN, (T)(MIN + 1), -7, -1, 0, 1, 3, 7, (T)(MAX - 1), MAX};         \
    int n = sizeof v / sizeof v[0];                                            \
    for (int i = 0; i < n; i++) {                                              \
      T a = v[i];                                                              \
      print_i64((T)(a + 1));                                                   \
      print_i64((T)(a - 1));                                                   \
      print_i64((T)(a * 3));                                                   \
      print_i64((T)-a);                                                        \
      print_i64((T)~a);                                                        \
      print_i64(!a);                                                           \
      print_i64((T)(a << 1));                                                  \
      print_i64(a >> 1);                                                       \
      for (int j = 0; j < n; j++) {                                            \
        T b = v[j];                                                            \
        print_i64((T)(a + b) ^ (T)(a - b) ^ (T)(a * b));                       \
        print_i64((a & b) + 3 * (a | b) + 5 * (a ^ b));                        \
        print_i64((a < b) + 2 * (a <= b) + 4 * (a > b) + 8 * (a >= b) +        \
                  16 * (a == b) + 32 * (a != b));                              \
        if (b != 0 && !(a == MIN && b == -1)) {                                \
          print_i64(a / b);                                                    \
          print_i64(a % b);                                                    \
        }                                                                      \
      }                                                                        \
    }                                                                          \
  }

#define TEST_UNSIGNED(T, NAME, MAX)                                            \
  static void NAME(void) {                                                     \
    T v[] = {0, 1, 2, 3, 7, 100, (T)(MAX / 2), (T)(MAX / 2 + 1), (T)(MAX - 1), MAX}; \
    int n = sizeof v / sizeof v[0];                                            \
    for (int i = 0; i < n; i++) {                                              \
      T a = v[i];                                                              \
      print_u64((T)(a + 1));                                                   \
      print_u64((T)(a - 1));                                                   \
      print_u64((T)(a * 3));                                                   \
      print_u64((T)-a);                                                        \
      print_u64((T)~a);                                                        \
      print_u64((T)(a << 3));                                                  \
      print_u64(a >> 1);                                                       \
      for (int j = 0; j < n; j++) {                                            \
        T b = v[j];                                                            \
        print_u64((T)(a + b) ^ (T)(a - b) ^ (T)(a * b));                       \
        print_u64((a & b) + 3 * (a | b) + 5 * (a ^ b));                        \
        print_u64((a < b) + 2 * (a <= b) + 4 * (a > b) + 8 * (a >= b) +        \
                  16 * (a == b) + 32 * (a != b));                              \
        if (b != 0) {                                                          \
          print_u64(a / b);                                                    \
          print_u64(a % b);                                                    \
        }                                                                      \
      }                                                                        \
    }                                                                          \
  }

TEST_SIGNED(signed char, test_schar, -128, 127)
TEST_SIGNED(short, test_short, -32768, 32767)
TEST_SIGNED(int, test_int, -2147483647 - 1, 2147483647)
TEST_SIGNED(long, test_long, -9223372036854775807L - 1, 9223372036854775807L)
TEST_UNSIGNED(unsigned char, test_uchar, 255)
TEST_UNSIGNED(unsigned short, test_ushort, 65535)
TEST_UNSIGNED(unsigned int, test_uint, 4294967295u)
TEST_UNSIGNED(unsigned long, test_ulong, 18446744073709551615ul)

static void compound(void) {
  signed char c = 100;
  c += 100;
  print_i64(c);
  c -= 100;
  print_i64(c);
  unsigned short us = 65530;
  us += 10;
  print_i64(us);
  us *= 5000;
  print_i64(us);
  int i = 2147483647;
  i++;
  print_i64(i);
  i--;
  print_i64(i);
  unsigned u = 0;
  u--;
  print_u64(u);
  u >>= 4;
  print_u64(u);
  u <<= 8;
  print_u64(u);
  long l = 1;
  l <<= 62;
  print_i64(l);
  l *= 2;
  print_i64(l);
  int x = -17;
  x /= 5;
  print_i64(x);
  x = -17;
  x %= 5;
  print_i64(x);
  unsigned char b = 7;
  b ^= 0xff;
  print_i64(b);
  b |= 0x100;
  print_i64(b);
  _Bool t = 0;
  t += 2;
  print_i64(t);
  t = 256;
  print_i64(t);
  char ch = 'A';
  print_i64(ch++ + ++ch);
  print_i64(ch);
  int k = 5;
  print_i64(k++ * 10 + k--);
  print_i64(k);
}

static void conversions(void) {
  long big = 0x123456789abcdefL;
  print_i64((int)big);
  print_i64((short)big);
  print_i64((signed char)big);
  print_u64((unsigned)big);
  print_u64((unsigned short)big);
  print_u64((unsigned char)big);
  int neg = -5;
  print_u64((unsigned)neg);
  print_u64((unsigned long)neg);
  print_i64((long)(unsigned)neg);
  print_u64((unsigned char)neg);
  print_i64((_Bool)neg);
  print_i64((_Bool)0);
  unsigned char uc = 200;
  print_i64((signed char)uc);
  print_i64(uc + uc);
  print_i64((char)(uc + uc));
  print_i64(-1 < 0u);
  print_i64(-1L < 0u);
  print_i64((unsigned short)-1 > 0);
}

int main(void) {
  test_schar();
  test_short();
  test_int();
  test_long();
  test_uchar();
  test_ushort();
  test_uint();
  test_ulong();
  compound();
  conversions();
  return 0;
}
