/* float arithmetic rounds to single precision after every operation; double keeps 53 bits. */
#include <stdio.h>

int main(void) {
  float fa = 0.1f, fb = 0.2f;
  double da = 0.1, db = 0.2;
  printf("%.17g %.17g\n", fa + fb, da + db);
  printf("%.9g %.17g\n", fa + fb, (double)(fa + fb));
  printf("%d %d\n", fa + fb == 0.3f, da + db == 0.3);
  float fsum = 0;
  double dsum = 0;
  for (int i = 0; i < 10; i++) {
    fsum += 0.1f;
    dsum += 0.1;
  }
  printf("%.9g %.17g\n", fsum, dsum);
  printf("%d %d\n", fsum == 1.0f, dsum == 1.0);
  float third = 1.0f / 3.0f;
  double dthird = 1.0 / 3.0;
  printf("%.17g %.17g\n", third, dthird);
  printf("%.17g\n", third * 3.0f);
  float big = 16777216.0f;
  printf("%.1f %.1f\n", big + 1.0f, big + 2.0f);
  double dbig = 9007199254740992.0;
  printf("%.1f %.1f\n", dbig + 1.0, dbig + 2.0);
  float x = 1.0f;
  int steps = 0;
  while (x + 1.0f != x) {
    x *= 2.0f;
    steps++;
  }
  printf("float steps %d %.1f\n", steps, x);
  double y = 1.0;
  steps = 0;
  while (y + 1.0 != y) {
    y *= 2.0;
    steps++;
  }
  printf("double steps %d %.1f\n", steps, y);
  float f = 0.1f;
  double mixed = f * 10.0;
  float single = f * 10.0f;
  printf("%.17g %.17g\n", mixed, single);
  return 0;
}
