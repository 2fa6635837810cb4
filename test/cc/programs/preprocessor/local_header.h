/* A header beside the programs that include it: macros, a struct, a typedef and a static inline function. */
#ifndef LOCAL_HEADER_H
#define LOCAL_HEADER_H

#define LOCAL_ANSWER 42
#define LOCAL_TWICE(x) (2 * (x))

struct local_point {
  int x, y;
};

typedef struct local_point local_point;

static inline int local_dot(local_point a, local_point b) { return a.x * b.x + a.y * b.y; }

extern int local_counter;

#endif
