/* Dijkstra's shortest paths on a small weighted graph with an adjacency matrix, printing paths. */
#include <limits.h>
#include <stdio.h>

#define V 8

static const int graph[V][V] = {
    {0, 4, 0, 0, 0, 0, 0, 8}, {4, 0, 8, 0, 0, 0, 0, 11}, {0, 8, 0, 7, 0, 4, 0, 0}, {0, 0, 7, 0, 9, 14, 0, 0},
    {0, 0, 0, 9, 0, 10, 0, 0}, {0, 0, 4, 14, 10, 0, 2, 0}, {0, 0, 0, 0, 0, 2, 0, 1}, {8, 11, 0, 0, 0, 0, 1, 0},
};

static void print_path(const int *prev, int v) {
  if (prev[v] >= 0) {
    print_path(prev, prev[v]);
    printf("->");
  }
  printf("%d", v);
}

int main(void) {
  int dist[V], prev[V], done[V] = {0};
  for (int i = 0; i < V; i++) {
    dist[i] = INT_MAX;
    prev[i] = -1;
  }
  dist[0] = 0;
  for (int round = 0; round < V; round++) {
    int u = -1;
    for (int i = 0; i < V; i++)
      if (!done[i] && (u < 0 || dist[i] < dist[u])) u = i;
    done[u] = 1;
    for (int v = 0; v < V; v++)
      if (graph[u][v] && !done[v] && dist[u] + graph[u][v] < dist[v]) {
        dist[v] = dist[u] + graph[u][v];
        prev[v] = u;
      }
  }
  for (int v = 0; v < V; v++) {
    printf("%d: %2d via ", v, dist[v]);
    print_path(prev, v);
    printf("\n");
  }
  return 0;
}
