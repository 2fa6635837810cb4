// quicksort.js: the quicksort of bench/c/quicksort.c in plain JS, on an Int32Array filled by the same LCG
// (uint32 arithmetic with Math.imul); the checksum with Math.imul too.

/** Sorts a[low..high] (inclusive) in place. */
function quicksort(a, low, high) {
  const pivot = a[low + ((high - low) >> 1)];
  let i = low;
  let j = high;
  while (i <= j) {
    while (a[i] < pivot) i++;
    while (a[j] > pivot) j--;
    if (i <= j) {
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
      i++;
      j--;
    }
  }
  if (low < j) quicksort(a, low, j);
  if (i < high) quicksort(a, i, high);
}

/** Runs the benchmark; returns the checksum of the sorted array, or `unsorted`, as the C program prints it. */
export function main(n) {
  const a = new Int32Array(n);
  let x = 1;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    a[i] = x; // the store reads it as int32
  }
  quicksort(a, 0, n - 1);
  let checksum = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && a[i - 1] > a[i]) return 'unsorted';
    checksum = (Math.imul(checksum, 31) + a[i]) >>> 0;
  }
  return String(checksum);
}
