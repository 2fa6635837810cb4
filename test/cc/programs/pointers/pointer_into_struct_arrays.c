/* Pointers to members of structs inside arrays, and walking an array of structs by member pointer. */
#include <stdio.h>

struct point { int x, y; };

int main(void) {
  struct point pts[5] = {{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}};
  int *ys[5];
  for (int i = 0; i < 5; i++) ys[i] = &pts[i].y;
  for (int i = 0; i < 5; i++) *ys[i] *= 10;
  for (struct point *p = pts; p < pts + 5; p++) printf("(%d,%d) ", p->x, p->y);
  printf("\n");
  int *first_x = &pts[0].x;
  struct point *back = (struct point *)first_x;
  printf("%d\n", back[3].y);
  struct point *last = &pts[4];
  printf("%td\n", last - pts);
  return 0;
}
