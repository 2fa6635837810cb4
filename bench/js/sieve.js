// sieve.js: the sieve of Eratosthenes over a byte array in plain JS, the JS column for examples/sieve.s.

/** Runs the benchmark; returns the number of primes below `limit`, as the VP program prints it. */
export function main(limit) {
  const composite = new Uint8Array(limit);
  let primes = 0;
  for (let candidate = 2; candidate < limit; candidate++) {
    if (composite[candidate] !== 0) continue;
    primes++;
    for (let multiple = candidate * candidate; multiple < limit; multiple += candidate)
      composite[multiple] = 1;
  }
  return String(primes);
}
