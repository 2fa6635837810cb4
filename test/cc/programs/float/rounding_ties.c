/* printf rounds exact binary ties to even and otherwise rounds the exact binary value. */
#include <stdio.h>

int main(void) {
  double ties[] = {0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 1e15 + 0.5, 0.125, 0.375, 2.675, 1.005, 0.05, 0.15, 0.25, 0.35};
  for (int i = 0; i < 16; i++) printf("%.17g: %.0f %.1f %.2f\n", ties[i], ties[i], ties[i], ties[i]);
  printf("%.3e %.3e %.0e\n", 1.0005, 1.00050000001, 2.5);
  printf("%.1g %.1g %.2g\n", 0.25, 0.35, 1.25);
  printf("%.0f %.0f\n", 0.49999999999999994, 4503599627370497.0);
  return 0;
}
