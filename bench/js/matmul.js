// matmul.js: the matrix product of bench/c/matmul.c in plain JS, Float64Arrays in i-k-j order; the LCG in
// uint32 arithmetic with Math.imul. Every value is exact, as in C.

/** Runs the benchmark; returns the weighted checksum of the product, as the C program prints it. */
export function main(n) {
  const a = new Float64Array(n * n);
  const b = new Float64Array(n * n);
  const c = new Float64Array(n * n);
  let x = 1;
  for (let i = 0; i < n * n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    a[i] = ((x >>> 24) - 128) / 64;
  }
  for (let i = 0; i < n * n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    b[i] = ((x >>> 24) - 128) / 64;
  }
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let k = 0; k < n; k++) {
      const aik = a[row + k];
      const bk = k * n;
      for (let j = 0; j < n; j++) c[row + j] += aik * b[bk + j];
    }
  }
  let checksum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) checksum += c[i * n + j] * (((i + j) % 7) + 1);
  }
  return checksum.toFixed(4);
}
