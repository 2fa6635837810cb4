/* Constant lookup tables: const arrays of structs with strings and numbers, read at run time. */
#include <stdio.h>

struct unit { const char *name; double factor; int metric; };

static const struct unit units[] = {
    {"mm", 0.001, 1}, {"cm", 0.01, 1}, {"m", 1.0, 1}, {"km", 1000.0, 1}, {"in", 0.0254, 0}, {"ft", 0.3048, 0}, {"mi", 1609.344, 0},
};

static const unsigned char squares[16] = {0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225};

int main(void) {
  int n = (int)(sizeof units / sizeof units[0]);
  for (int i = 0; i < n; i++) printf("%-3s %12.4f %d\n", units[i].name, 42.0 * units[i].factor, units[i].metric);
  int s = 0;
  for (int i = 0; i < 16; i++) s += squares[i];
  printf("%d\n", s);
  printf("%.6f\n", units[6].factor / units[5].factor);
  return 0;
}
