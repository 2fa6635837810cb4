// fib.js: recursive Fibonacci in plain JS, the JS column for examples/fib.s (doubles are exact up to fib(78)).

/** fib(n), recursively. */
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

/** Runs the benchmark; returns what the VP program prints, without the newline. */
export function main(n) {
  return String(fib(n));
}
