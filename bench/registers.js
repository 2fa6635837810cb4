// bench/registers.js: the measurement behind the interpreter's register representation. Times a 64-bit
// add (and an add then multiply) on 16 registers held as a BigInt64Array, as int32 pairs, and as a hybrid
// with int32 fast paths, and prints ns per operation. Run: node bench/registers.js
import { performance } from 'node:perf_hooks';

const R = new BigInt64Array(16);
const R32 = new Int32Array(R.buffer);
const code = new Int32Array(1024).fill((1 << 8) | (2 << 12));

const variants = {
  'BigInt64Array, BigInt.asIntN': (n) => {
    for (let i = 0; i < n; i++) {
      const w = code[i & 1023];
      const a = (w >>> 12) & 15;
      const b = (w >>> 8) & 15;
      R[b] = BigInt.asIntN(64, R[b] + R[a]);
    }
  },
  'hybrid: int32 fast path, BigInt(x) write-back': (n) => {
    for (let i = 0; i < n; i++) {
      const w = code[i & 1023];
      const a = (w >>> 12) & 15;
      const b = (w >>> 8) & 15;
      const lb = R32[b << 1];
      const la = R32[a << 1];
      const s = lb + la;
      if (R32[(b << 1) | 1] === lb >> 31 && R32[(a << 1) | 1] === la >> 31 && (s | 0) === s)
        R[b] = BigInt(s | 0);
      else R[b] = BigInt.asIntN(64, R[b] + R[a]);
    }
  },
  'int32 pairs': (n) => {
    for (let i = 0; i < n; i++) {
      const w = code[i & 1023];
      const a = (w >>> 12) & 15;
      const b = (w >>> 8) & 15;
      const lo = (R32[b << 1] >>> 0) + (R32[a << 1] >>> 0);
      R32[(b << 1) | 1] = (R32[(b << 1) | 1] + R32[(a << 1) | 1] + (lo > 4294967295 ? 1 : 0)) | 0;
      R32[b << 1] = lo | 0;
    }
  },
  'int32 pairs add, then BigInt multiply (mixed widths)': (n) => {
    for (let i = 0; i < n; i++) {
      const w = code[i & 1023];
      const a = (w >>> 12) & 15;
      const b = (w >>> 8) & 15;
      const lo = (R32[b << 1] >>> 0) + (R32[a << 1] >>> 0);
      R32[(b << 1) | 1] = (R32[(b << 1) | 1] + R32[(a << 1) | 1] + (lo > 4294967295 ? 1 : 0)) | 0;
      R32[b << 1] = lo | 0;
      R[b] = BigInt.asIntN(64, R[b] * R[a]);
    }
  },
  'BigInt add, then BigInt multiply': (n) => {
    for (let i = 0; i < n; i++) {
      const w = code[i & 1023];
      const a = (w >>> 12) & 15;
      const b = (w >>> 8) & 15;
      R[b] = BigInt.asIntN(64, R[b] + R[a]);
      R[b] = BigInt.asIntN(64, R[b] * R[a]);
    }
  },
};

const count = 3e7;
for (const [label, [x, y]] of Object.entries({
  small: [5n, 7n],
  large: [0x123456789abcn, -0x61c8864680b583ebn],
})) {
  for (const [name, run] of Object.entries(variants)) {
    const samples = [];
    for (let round = 0; round < 5; round++) {
      R[1] = x;
      R[2] = y;
      run(1e6);
      const started = performance.now();
      run(count);
      samples.push(((performance.now() - started) * 1e6) / count);
    }
    samples.sort((p, q) => p - q);
    console.log(`${label.padEnd(6)} ${name.padEnd(52)} ${samples[2].toFixed(2)} ns/op (median of 5)`);
  }
}
