// mandelbrot.js: the Mandelbrot bitmap of bench/c/mandelbrot.c in plain JS, the same double operations in the
// same order; the uint32 checksum with Math.imul.

/** Runs the benchmark; returns `inside checksum`, as the C program prints them. */
export function main(size) {
  let inside = 0;
  let checksum = 0;
  for (let y = 0; y < size; y++) {
    const ci = (2.0 * y) / size - 1.0;
    let byte = 0;
    let bits = 0;
    for (let x = 0; x < size; x++) {
      const cr = (2.0 * x) / size - 1.5;
      let zr = 0;
      let zi = 0;
      let tr = 0;
      let ti = 0;
      for (let i = 0; i < 50 && tr + ti <= 4.0; i++) {
        zi = 2.0 * zr * zi + ci;
        zr = tr - ti + cr;
        tr = zr * zr;
        ti = zi * zi;
      }
      byte <<= 1;
      if (tr + ti <= 4.0) {
        byte |= 1;
        inside++;
      }
      if (++bits === 8 || x === size - 1) {
        byte <<= 8 - bits; // a short last byte of a row is padded with zero bits
        checksum = (Math.imul(checksum, 31) + byte) >>> 0;
        byte = 0;
        bits = 0;
      }
    }
  }
  return `${inside} ${checksum}`;
}
