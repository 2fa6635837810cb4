/* float.h values for IEEE single and double (long double is left out). */
#include <float.h>
#include <stdio.h>

int main(void) {
  printf("FLT_RADIX %d\n", FLT_RADIX);
  printf("FLT_MANT_DIG %d DBL_MANT_DIG %d\n", FLT_MANT_DIG, DBL_MANT_DIG);
  printf("FLT_DIG %d DBL_DIG %d\n", FLT_DIG, DBL_DIG);
  printf("FLT_MIN_EXP %d FLT_MAX_EXP %d DBL_MIN_EXP %d DBL_MAX_EXP %d\n", FLT_MIN_EXP, FLT_MAX_EXP, DBL_MIN_EXP, DBL_MAX_EXP);
  printf("FLT_MIN_10_EXP %d FLT_MAX_10_EXP %d DBL_MIN_10_EXP %d DBL_MAX_10_EXP %d\n", FLT_MIN_10_EXP, FLT_MAX_10_EXP,
         DBL_MIN_10_EXP, DBL_MAX_10_EXP);
  printf("FLT_MAX %.9g FLT_MIN %.9g FLT_EPSILON %.9g\n", FLT_MAX, FLT_MIN, FLT_EPSILON);
  printf("DBL_MAX %.17g DBL_MIN %.17g DBL_EPSILON %.17g\n", DBL_MAX, DBL_MIN, DBL_EPSILON);
  volatile double one = 1.0;
  printf("%d %d\n", one + DBL_EPSILON > one, one + DBL_EPSILON / 2 > one);
  volatile float fone = 1.0f;
  printf("%d %d\n", (float)(fone + FLT_EPSILON) > fone, (float)(fone + FLT_EPSILON / 2) > fone);
  printf("%e %e\n", FLT_MAX * 2.0, (double)(float)(FLT_MAX * 0.5f));
  return 0;
}
