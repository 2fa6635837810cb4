// binary-trees.js: binary-trees of bench/c/binary-trees.c in plain JS, every node a plain object (the garbage
// collector does the freeing).

/** A complete tree of the given depth (0: one node). */
function build(depth) {
  return depth > 0 ? { left: build(depth - 1), right: build(depth - 1) } : { left: null, right: null };
}

/** The number of nodes in a tree, counted by walking it. */
function check(node) {
  return node.left === null ? 1 : 1 + check(node.left) + check(node.right);
}

/** Runs the benchmark; returns the sum of all the checks, as the C program prints it. */
export function main(depth) {
  const minDepth = 4;
  const maxDepth = Math.max(depth, minDepth + 2);
  let total = check(build(maxDepth + 1));
  const longLived = build(maxDepth);
  for (let d = minDepth; d <= maxDepth; d += 2) {
    const iterations = 2 ** (maxDepth - d + minDepth);
    for (let i = 0; i < iterations; i++) total += check(build(d));
  }
  total += check(longLived);
  return String(total);
}
