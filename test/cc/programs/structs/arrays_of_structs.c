/* Arrays of structs: indexing, pointer walking, sorting by a key and searching. */
#include <stdio.h>
#include <string.h>

struct employee {
  char name[12];
  int age;
  double salary;
};

int main(void) {
  struct employee staff[] = {
      {"Ada", 36, 5200.5}, {"Brian", 52, 4100.0}, {"Chen", 29, 6100.25}, {"Dana", 41, 3900.75}, {"Eve", 23, 4800.0},
  };
  int n = (int)(sizeof staff / sizeof staff[0]);
  for (int i = 1; i < n; i++) {
    struct employee key = staff[i];
    int j = i - 1;
    while (j >= 0 && staff[j].age > key.age) {
      staff[j + 1] = staff[j];
      j--;
    }
    staff[j + 1] = key;
  }
  for (struct employee *e = staff; e < staff + n; e++) printf("%-6s %2d %8.2f\n", e->name, e->age, e->salary);
  double total = 0;
  for (int i = 0; i < n; i++) total += staff[i].salary;
  printf("%.2f\n", total / n);
  struct employee *best = &staff[0];
  for (int i = 1; i < n; i++)
    if (staff[i].salary > best->salary) best = &staff[i];
  printf("%s\n", best->name);
  for (int i = 0; i < n; i++)
    if (strcmp(staff[i].name, "Dana") == 0) printf("found at %d\n", i);
  printf("%d\n", (int)sizeof staff);
  return 0;
}
