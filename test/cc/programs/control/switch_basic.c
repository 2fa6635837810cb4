/* switch with fallthrough, default in the middle, missing default, nested switches and blocks in cases. */
#include <stdio.h>

static int days_in_month(int m, int leap) {
  switch (m) {
  case 2: return leap ? 29 : 28;
  case 4:
  case 6:
  case 9:
  case 11: return 30;
  default: return 31;
  }
}

static void describe(int n) {
  switch (n) {
  case 0: printf("zero ");
  case 1: printf("small ");
    break;
  default: printf("other ");
  case 5: printf("five-or-fallen ");
    break;
  case 6: {
    int sq = n * n;
    printf("six squared %d ", sq);
    break;
  }
  }
  printf("\n");
}

int main(void) {
  for (int m = 1; m <= 12; m++) printf("%d ", days_in_month(m, m % 2));
  printf("\n");
  for (int n = 0; n <= 7; n++) describe(n);
  int hits = 0;
  for (int i = 0; i < 5; i++) switch (i) {
    case 1: hits += 10; break;
    case 3: hits += 100; break;
    }
  printf("%d\n", hits);
  for (int a = 0; a < 2; a++)
    for (int b = 0; b < 2; b++) switch (a) {
      case 0:
        switch (b) {
        case 0: printf("00 "); break;
        default: printf("0x "); break;
        }
        break;
      case 1: printf(b ? "11 " : "10 "); break;
      }
  printf("\n");
  switch (3) {
  default: printf("only default\n");
  }
  switch (4) {
  case 1: printf("never\n");
  }
  return 0;
}
