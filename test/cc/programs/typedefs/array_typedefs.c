/* Typedefs of array types: sizeof, parameters that decay, and const-qualified array typedefs. */
#include <stdio.h>

typedef double vec3[3];
typedef vec3 mat3[3];
typedef const char name_t[8];

static double dot(const vec3 a, const vec3 b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

static void mat_vec(mat3 m, const vec3 v, vec3 out) {
  for (int i = 0; i < 3; i++) out[i] = dot(m[i], v);
}

int main(void) {
  vec3 a = {1, 2, 3}, b = {4, -5, 6};
  printf("%g\n", dot(a, b));
  mat3 m = {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}};
  vec3 r;
  mat_vec(m, a, r);
  printf("%g %g %g\n", r[0], r[1], r[2]);
  printf("%d %d\n", (int)sizeof(vec3), (int)sizeof(mat3));
  name_t who = "typed";
  printf("%s %d\n", who, (int)sizeof who);
  vec3 *rows = m;
  printf("%g\n", rows[2][2]);
  return 0;
}
