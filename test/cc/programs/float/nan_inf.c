/* NaN and infinities made at run time: every ordered comparison with NaN is false, != is true. */
#include <math.h>
#include <stdio.h>

static double zero(void) { return 0.0; }

int main(void) {
  double nan = zero() / zero();
  double inf = 1.0 / zero();
  double ninf = -1.0 / zero();
  printf("nan: < %d <= %d > %d >= %d == %d != %d\n", nan < 1, nan <= 1, nan > 1, nan >= 1, nan == nan, nan != nan);
  printf("nan self: %d %d\n", nan < nan, nan >= nan);
  printf("inf: %d %d %d %d\n", inf > 1e308, ninf < -1e308, inf == inf, inf == -ninf);
  printf("%f %f %e %g\n", inf, ninf, inf, ninf);
  printf("%d %d %d\n", isnan(nan), isnan(inf), isnan(1.0));
  printf("%d %d %d\n", isinf(inf) != 0, isinf(ninf) != 0, isinf(nan) != 0);
  printf("%d %d\n", isfinite(1.0) != 0, isfinite(inf) != 0);
  printf("%d %d %d\n", isnan(inf - inf), isnan(inf * 0), isnan(nan + 1));
  printf("%f %f\n", inf + 1, inf * -2);
  printf("%f\n", 1 / inf);
  printf("%d\n", !nan);
  printf("%s\n", nan ? "nan is true" : "nan is false");
  float fnan = (float)nan, finf = (float)inf;
  printf("%d %d %d\n", fnan == fnan, isnan(fnan), finf > 3e38f);
  double m = nan > 0 ? 1.0 : -1.0;
  printf("%f\n", m);
  int count = 0;
  for (double x = 0; x < inf && count < 5; x += 1) count++;
  printf("%d\n", count);
  printf("%f\n", fabs(nan) == fabs(nan) ? 1.0 : 0.0);
  printf("%s\n", isnan(fabs(nan)) ? "fabs(nan) is nan" : "?");
  return 0;
}
