// spectral-norm.js: the spectral norm of bench/c/spectral-norm.c in plain JS, Float64Array vectors, the same
// sums in the same order. (i + j)(i + j + 1) is even and, for the sizes used, far below 2^53, so A(i, j) is
// computed exactly as in C.

function a(i, j) {
  return 1 / (((i + j) * (i + j + 1)) / 2 + i + 1);
}

/** out = A v */
function multiplyAv(n, v, out) {
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += a(i, j) * v[j];
    out[i] = sum;
  }
}

/** out = A^T v */
function multiplyAtv(n, v, out) {
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += a(j, i) * v[j];
    out[i] = sum;
  }
}

/** out = A^T A v, through `scratch` */
function multiplyAtav(n, v, out, scratch) {
  multiplyAv(n, v, scratch);
  multiplyAtv(n, scratch, out);
}

/** Runs the benchmark; returns the norm, as the C program prints it. */
export function main(n) {
  const u = new Float64Array(n).fill(1);
  const v = new Float64Array(n);
  const scratch = new Float64Array(n);
  for (let step = 0; step < 10; step++) {
    multiplyAtav(n, u, v, scratch);
    multiplyAtav(n, v, u, scratch);
  }
  let vbv = 0;
  let vv = 0;
  for (let i = 0; i < n; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return Math.sqrt(vbv / vv).toFixed(9);
}
