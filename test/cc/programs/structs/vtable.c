/* Structs of function pointers as hand-made virtual tables, with a base struct embedded first. */
#include <stdio.h>

struct shape;
struct shape_ops {
  double (*area)(const struct shape *);
  const char *(*name)(void);
};
struct shape { const struct shape_ops *ops; };
struct circle { struct shape base; double r; };
struct rect { struct shape base; double w, h; };

static double circle_area(const struct shape *s) {
  const struct circle *c = (const struct circle *)s;
  return 3.0 * c->r * c->r;
}
static const char *circle_name(void) { return "circle"; }
static double rect_area(const struct shape *s) {
  const struct rect *r = (const struct rect *)s;
  return r->w * r->h;
}
static const char *rect_name(void) { return "rect"; }

static const struct shape_ops circle_ops = {circle_area, circle_name};
static const struct shape_ops rect_ops = {rect_area, rect_name};

int main(void) {
  struct circle c1 = {{&circle_ops}, 2.0}, c2 = {{&circle_ops}, 0.5};
  struct rect r1 = {{&rect_ops}, 3.0, 4.0};
  struct shape *shapes[] = {&c1.base, &r1.base, &c2.base};
  double total = 0;
  for (int i = 0; i < 3; i++) {
    double a = shapes[i]->ops->area(shapes[i]);
    printf("%s %.2f\n", shapes[i]->ops->name(), a);
    total += a;
  }
  printf("%.2f\n", total);
  return 0;
}
