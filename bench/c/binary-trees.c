// binary-trees.c: the Computer Language Benchmarks Game's binary-trees, single-threaded, with malloc and free
// for every node: a stretch tree of depth N + 1, a long-lived tree of depth N, and for each depth d = 4, 6, ...,
// N, 2^(N - d + 4) trees of depth d, each built, checked (its nodes counted) and freed; `binary-trees N
// [REPEATS]` (see timing.h). Prints the sum of all the checks. N comes from argv so gcc cannot fold it.
#include "timing.h"

struct node {
  struct node *left, *right;
};

/** A complete tree of the given depth (0: one node), every node allocated alone. */
static struct node *build(int64_t depth) {
  struct node *node = malloc(sizeof *node);
  if (node == NULL) exit(1);
  if (depth > 0) {
    node->left = build(depth - 1);
    node->right = build(depth - 1);
  } else {
    node->left = NULL;
    node->right = NULL;
  }
  return node;
}

/** The number of nodes in a tree, counted by walking it. */
static int64_t check(const struct node *node) {
  return node->left == NULL ? 1 : 1 + check(node->left) + check(node->right);
}

static void destroy(struct node *node) {
  if (node->left != NULL) {
    destroy(node->left);
    destroy(node->right);
  }
  free(node);
}

static int64_t binary_trees(int64_t max_depth) {
  const int64_t min_depth = 4;
  if (max_depth < min_depth + 2) max_depth = min_depth + 2;
  struct node *stretch = build(max_depth + 1);
  int64_t total = check(stretch);
  destroy(stretch);
  struct node *long_lived = build(max_depth);
  for (int64_t depth = min_depth; depth <= max_depth; depth += 2) {
    const int64_t iterations = (int64_t)1 << (max_depth - depth + min_depth);
    for (int64_t i = 0; i < iterations; i++) {
      struct node *tree = build(depth);
      total += check(tree);
      destroy(tree);
    }
  }
  total += check(long_lived);
  destroy(long_lived);
  return total;
}

int main(int argc, char **argv) {
  if (argc != 2 && argc != 3) {
    fprintf(stderr, "usage: binary-trees N [REPEATS]\n");
    return 2;
  }
  const int64_t depthArg = strtoll(argv[1], NULL, 10);
  const long repeats = bench_repeats(argc == 3 ? argv[2] : NULL);
  int64_t first = 0;
  for (long repetition = 0; repetition < repeats; repetition++) {
    int64_t depth = depthArg;
    const uint64_t start = bench_now_ns();
    bench_opaque(depth);
    const int64_t total = binary_trees(depth);
    bench_use(total);
    const uint64_t end = bench_now_ns();
    bench_report(start, end);
    if (repetition == 0) first = total;
    bench_check(repetition, (uint64_t)total, (uint64_t)first);
  }
  printf("%" PRId64 "\n", first);
  return 0;
}
