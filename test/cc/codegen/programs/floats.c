/* float and double arithmetic, comparisons (NaN included), and conversions to and from integers. */
void print_i64(long);
void print_u64(unsigned long);

static void print_double(double d) {
  /* The value in millionths, and the sign and class, without relying on printf. */
  if (d != d) {
    print_i64(-999999999);
    return;
  }
  if (d > 1e15 || d < -1e15) {
    print_i64(d > 0 ? 1000000000 : -1000000000);
    return;
  }
  print_i64((long)(d * 1000000.0));
}

static float halve(float f) { return f / 2; }
static double mix(int a, float b, double c, unsigned long d, long e, short f, double g, float h) {
  return a + b * c - d + e / f + g * h;
}

int main(void) {
  double v[] = {0.0, -0.0, 0.1, 0.5, 1.0, -1.5, 2.75, 1e10, -3e-5, 123456.789};
  int n = sizeof v / sizeof v[0];
  for (int i = 0; i < n; i++) {
    double a = v[i];
    float fa = (float)a;
    print_double(fa);
    print_double(-a);
    print_double(a * 3);
    print_double(fa * 3);
    print_double(halve(fa));
    print_i64((long)a);
    if (fa > -2147483648.0f && fa < 2147483648.0f) print_i64((int)fa);
    for (int j = 0; j < n; j++) {
      double b = v[j];
      float fb = (float)b;
      print_double(a + b);
      print_double(a - b);
      print_double(a * b);
      if (b != 0) print_double(a / b);
      print_double(fa + fb);
      print_double(fa * fb);
      print_i64((a < b) + 2 * (a <= b) + 4 * (a > b) + 8 * (a >= b) + 16 * (a == b) + 32 * (a != b));
      print_i64((fa < fb) + 2 * (fa <= fb) + 4 * (fa > fb) + 8 * (fa >= fb));
    }
  }
  double zero = 0.0;
  double nan = zero / zero;
  print_i64(nan < 1.0);
  print_i64(nan >= 1.0);
  print_i64(nan == nan);
  print_i64(nan != nan);
  print_i64(!nan);
  if (nan) print_i64(1);
  if (!(nan < 1.0)) print_i64(2);
  if (!(nan > 1.0)) print_i64(3);
  print_double(1.0 / zero);
  print_double(-1.0 / zero);

  long longs[] = {0, 1, -1, 7, -7, 1L << 53, (1L << 53) + 1, 9223372036854775807L, -9223372036854775807L - 1};
  for (int i = 0; i < 9; i++) {
    double d = (double)longs[i];
    float f = (float)longs[i];
    print_double(d / 1e9);
    print_double(f / 1e9);
  }
  unsigned long ulongs[] = {0, 1, 4294967295ul, 9223372036854775808ul, 18446744073709551615ul};
  for (int i = 0; i < 5; i++) print_double((double)ulongs[i] / 1e12);
  double ds[] = {0.0, 0.9, -0.9, 1.5, -1.5, 2147483647.0, -2147483648.0, 4294967295.0, 1e18, 9.2e18, 1.8e19};
  for (int i = 0; i < 11; i++) {
    double d = ds[i];
    if (d < 9.2e18) print_i64((long)d);
    if (d >= 0 && d < 1.8e19) print_u64((unsigned long)d);
    if (d > -2147483649.0 && d < 2147483648.0) print_i64((int)d);
    if (d >= 0 && d < 4294967296.0) print_u64((unsigned)d);
    if (d > -32769 && d < 32768) print_i64((short)d);
    print_i64((_Bool)d);
  }
  float acc = 0;
  for (int i = 0; i < 1000; i++) acc += 0.1f;
  print_double(acc);
  double dacc = 0;
  for (int i = 0; i < 1000; i++) dacc += 0.1;
  print_double(dacc);
  float f = 16777216.0f;
  f += 1.0f;
  print_double(f);
  f++;
  print_double(f);
  double d = 1.0;
  d *= 3;
  d /= 7;
  d -= 0.25;
  print_double(d);
  print_double(mix(3, 1.5f, 2.25, 10, -100, 7, 0.125, 8.5f));
  int i = 10;
  i *= 2.5;
  print_i64(i);
  i += 0.7;
  print_i64(i);
  unsigned char uc = 3;
  uc *= 100.9;
  print_i64(uc);
  return 0;
}
