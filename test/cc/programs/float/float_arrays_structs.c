/* float and double inside arrays and structs: sizes, copying, averages, and float members promoted in expressions. */
#include <stdio.h>

struct sample {
  float value;
  double weight;
  float scale[3];
};

int main(void) {
  struct sample s[3] = {{1.5f, 0.5, {1, 2, 3}}, {-2.25f, 1.5, {0.5f, 0.25f, 0.125f}}, {100.0f, 0.001, {0}}};
  double total = 0, weights = 0;
  for (int i = 0; i < 3; i++) {
    total += s[i].value * s[i].weight;
    weights += s[i].weight;
  }
  printf("%.9f\n", total / weights);
  printf("%d %d\n", (int)sizeof(struct sample), (int)sizeof s);
  struct sample copy = s[1];
  copy.scale[2] *= 8;
  printf("%g %g\n", s[1].scale[2], copy.scale[2]);
  float fs[5] = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f};
  float fsum = 0;
  double dsum = 0;
  for (int i = 0; i < 5; i++) {
    fsum += fs[i];
    dsum += fs[i];
  }
  printf("%.9g %.17g\n", fsum, dsum);
  return 0;
}
