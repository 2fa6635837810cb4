// The benchmark programs: where each column's version lives, the sizes it runs at and the result every
// column must produce (the C versions, bench/c/NAME.c, serve both gcc and Tessera's C compiler). Shared by
// run.js (the harness) and worker.js (one timed column in a child process).

/**
 * One benchmark program.
 * - `vp`: the hand-written VP assembly source, relative to the repository root, or undefined when there is
 *   none (the VP column shows '-').
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
  {
    name: 'nbody',
    about: 'n-body simulation of the Jovian planets, 250,000 steps; energy before and after',
    vp: undefined,
    args: [250000],
    consts: [],
    result: 'stdout',
    expected: '-0.169075164 -0.169085989',
  },
  {
    name: 'spectral-norm',
    about: 'spectral norm of a 600 x 600 matrix, 10 power-method steps',
    vp: undefined,
    args: [600],
    consts: [],
    result: 'stdout',
    expected: '1.274224131',
  },
  {
    name: 'fannkuch-redux',
    about: 'pancake flips over all permutations of 9; checksum and most flips',
    vp: undefined,
    args: [9],
    consts: [],
    result: 'stdout',
    expected: '8629 30',
  },
  {
    name: 'mandelbrot',
    about: '800 x 800 Mandelbrot bitmap, 50 iterations; points inside and a checksum of the bytes',
    vp: undefined,
    args: [800],
    consts: [],
    result: 'stdout',
    expected: '254099 3224194935',
  },
  {
    name: 'binary-trees',
    about: 'binary trees to depth 12, every node malloc-ed and freed; sum of the node counts',
    vp: undefined,
    args: [12],
    consts: [],
    result: 'stdout',
    expected: '674478',
  },
  {
    name: 'matmul',
    about: '300 x 300 double matrix product (i-k-j); weighted checksum',
    vp: undefined,
    args: [300],
    consts: [],
    result: 'stdout',
    expected: '15844.5552',
  },
  {
    name: 'quicksort',
    about: 'recursive quicksort of 1,000,000 int32 from an LCG; checksum of the sorted array',
    vp: undefined,
    args: [1000000],
    consts: [],
    result: 'stdout',
    expected: '3522294214',
  },
];

/**
 * Where the vpc workers keep Tessera's compiled C library during one bench run, relative to the repository
 * root (run.js deletes it before the run and has it rebuilt, so it always matches the current build).
 */
export const tesseraLibraryCache = 'bench/out/tessera-libc.json';

/** The width of the longest program name, for the progress lines. */
export const nameWidth = Math.max(...programs.map((program) => program.name.length));

/** The program called `name`, or undefined. */
export function findProgram(name) {
  return programs.find((program) => program.name === name);
}
