/* Early returns from inside loops and nested blocks, returning from every branch of a switch. */
#include <stdio.h>

static int first_negative(const int *a, int n) {
  for (int i = 0; i < n; i++) {
    if (a[i] < 0) {
      return i;
    }
  }
  return -1;
}

static const char *grade(int score) {
  switch (score / 10) {
  case 10:
  case 9: return "A";
  case 8: return "B";
  case 7: return "C";
  case 6: return "D";
  }
  return "F";
}

static int nested_exit(int limit) {
  int total = 0;
  for (int i = 0; i < 10; i++) {
    for (int j = 0; j < 10; j++) {
      total += i * j;
      if (total > limit) return total;
    }
  }
  return -total;
}

int main(void) {
  int a[] = {3, 1, 4, -1, 5};
  printf("%d %d\n", first_negative(a, 5), first_negative(a, 3));
  int scores[] = {100, 95, 85, 72, 64, 12};
  for (int i = 0; i < 6; i++) printf("%s", grade(scores[i]));
  printf("\n");
  printf("%d %d\n", nested_exit(100), nested_exit(100000));
  return 0;
}
