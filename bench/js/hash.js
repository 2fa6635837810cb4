// hash.js: 64-bit FNV-1a in plain JS, the JS column for examples/hash.s. The hash lives in a
// BigUint64Array: V8 compiles BigInt arithmetic read from and stored to one into machine int64 (measured
// faster here than uint32 pairs; a BigInt carried in a local would allocate every iteration).

/** Runs the benchmark; returns the hash as unsigned decimal, as the VP program prints it. */
export function main(size, passes) {
  const buffer = new Uint8Array(size);
  for (let i = 0; i < size; i++) buffer[i] = i * 31 + (i >>> 8); // the store keeps the low byte
  const hash = new BigUint64Array(1);
  hash[0] = 0xcbf29ce484222325n; // FNV offset basis
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < size; i++) {
      hash[0] = BigInt.asUintN(64, (hash[0] ^ BigInt(buffer[i])) * 0x100000001b3n); // FNV prime
    }
  }
  return hash[0].toString();
}
