/* Overflow to infinity in double and in float, and what happens after. */
#include <float.h>
#include <stdio.h>

static double id(double x) { return x; }
static float fid(float x) { return x; }

int main(void) {
  printf("%e %e\n", id(1e308) * 10, id(-1e308) * 10);
  printf("%e\n", id(DBL_MAX) + id(DBL_MAX));
  printf("%e\n", id(DBL_MAX) + 1.0);
  float f = fid(3e38f) * 10.0f;
  printf("%e\n", f);
  float g = fid(FLT_MAX) * 1.0000001f;
  printf("%e\n", g);
  double dinf = id(1e200) * id(1e200);
  printf("%f %d\n", dinf, dinf > DBL_MAX);
  double back = dinf - dinf;
  printf("%d\n", back != back);
  printf("%e\n", id(1e-200) * id(1e-200));
  printf("%e\n", -id(1e-200) * id(1e-200));
  printf("%e %e\n", id(1.0) / id(1e-310), id(1e300) / id(1e-10));
  return 0;
}
