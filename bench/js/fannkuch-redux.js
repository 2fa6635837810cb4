// fannkuch-redux.js: fannkuch-redux of bench/c/fannkuch-redux.c in plain JS, on Int32Arrays.

/** Runs the benchmark; returns `checksum max`, as the C program prints them. */
export function main(n) {
  const perm1 = new Int32Array(16);
  const perm = new Int32Array(16);
  const count = new Int32Array(16);
  for (let i = 0; i < n; i++) perm1[i] = i;
  let maxFlips = 0;
  let checksum = 0;
  let permutation = 0;
  let r = n;
  for (;;) {
    for (; r !== 1; r--) count[r - 1] = r;
    for (let i = 0; i < n; i++) perm[i] = perm1[i];
    let flips = 0;
    for (let k = perm[0]; k !== 0; k = perm[0]) {
      for (let i = 0, j = k; i < j; i++, j--) {
        const t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      flips++;
    }
    if (flips > maxFlips) maxFlips = flips;
    checksum += permutation % 2 === 0 ? flips : -flips;
    // the next permutation: rotate the first r + 1 elements until one of the counts is not used up
    for (;;) {
      if (r === n) return `${checksum} ${maxFlips}`;
      const perm0 = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = perm0;
      if (--count[r] > 0) break;
      r++;
    }
    permutation++;
  }
}
