/* A graph stored as an array of structs whose members point to other elements of the same array. */
#include <stdio.h>

struct vertex {
  const char *name;
  struct vertex *edges[3];
  int visited;
};

static int walk(struct vertex *v, int depth) {
  if (v == 0 || v->visited) return 0;
  v->visited = 1;
  printf("%*s%s\n", depth * 2, "", v->name);
  int n = 1;
  for (int i = 0; i < 3; i++) n += walk(v->edges[i], depth + 1);
  return n;
}

int main(void) {
  struct vertex g[5] = {{"a", {0}, 0}, {"b", {0}, 0}, {"c", {0}, 0}, {"d", {0}, 0}, {"e", {0}, 0}};
  g[0].edges[0] = &g[1];
  g[0].edges[1] = &g[2];
  g[1].edges[0] = &g[3];
  g[2].edges[0] = &g[3];
  g[2].edges[1] = &g[0];
  g[3].edges[2] = &g[1];
  printf("%d reached\n", walk(&g[0], 0));
  printf("%d\n", g[4].visited);
  return 0;
}
