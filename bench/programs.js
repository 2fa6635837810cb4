// The benchmark programs: where each column's version lives, the sizes it runs at and the result every
// column must produce (the C versions, bench/c/NAME.c, serve both gcc and Tessera's C compiler). Shared by
// run.js (the harness) and worker.js (one timed column in a child process).

/**
 * One benchmark program.
 * - `vp`: the VP assembly source, relative to the repository root.
 * - `args`: the sizes passed to the C and JS versions (from argv / as arguments, so gcc cannot fold them);
 *   `consts` names the `(const ...)` of the VP source each one must equal (run.js checks).
 * - `result`: 'stdout' when the VP program prints the result, 'exit' when it halts with it as exit status.
 * - `expected`: the result, as printed (without the newline).
 */
export const programs = [
  {
    name: 'fib',
    about: 'recursive fib(30)',
    vp: 'examples/fib.s',
    args: [30],
    consts: ['n'],
    result: 'stdout',
    expected: '832040',
  },
  {
    name: 'sieve',
    about: 'sieve of Eratosthenes, primes below 2,000,000',
    vp: 'examples/sieve.s',
    args: [2000000],
    consts: ['limit'],
    result: 'stdout',
    expected: '148933',
  },
  {
    name: 'hash',
    about: '64-bit FNV-1a over 1 MiB, 16 passes',
    vp: 'examples/hash.s',
    args: [1048576, 16],
    consts: ['size', 'passes'],
    result: 'stdout',
    expected: '8119578780192875301',
  },
  {
    name: 'alu',
    about: '20M iterations of add/xor/shl/add/add/branch; result = low byte of the accumulator',
    vp: 'bench/programs/alu.s',
    args: [20000000],
    consts: ['iterations'],
    result: 'exit',
    expected: '95',
  },
];

/**
 * Where the vpc workers keep Tessera's compiled C library during one bench run, relative to the repository
 * root (run.js deletes it before the run and has it rebuilt, so it always matches the current build).
 */
export const tesseraLibraryCache = 'bench/out/tessera-libc.json';

/** The program called `name`, or undefined. */
export function findProgram(name) {
  return programs.find((program) => program.name === name);
}
