// Random-program differential test: csmith writes a C program, gcc -O0 builds and runs it natively, Tessera
// compiles and runs it in the interpreter and in the compiled tier; all must print the same checksum, and the
// two tiers must agree exactly (output, status, trap, fuel). A short run with fixed seeds is part of
// `npm test`; `npm run fuzz` runs random seeds for FUZZ_MS milliseconds. Needs csmith, its headers and gcc
// (.ci/run installs them); without them the test says so and is skipped.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { compileAndRunInTiers, type CRun } from '../support/c.js';

const csmithInclude = '/usr/include/csmith';
/** Keeps programs small enough to run in a second or two in the interpreter. */
const fuzzMs = Number(process.env.FUZZ_MS ?? 0);
const csmithOptions = ['--no-argc', '--max-funcs', '4', '--max-block-depth', '3', '--max-array-dim', '2'];

function missingTools(): string | undefined {
  for (const tool of ['csmith', 'gcc']) {
    // csmith writes platform.info into its working directory, even for --version.
    if (spawnSync(tool, ['--version'], { stdio: 'ignore', cwd: tmpdir() }).status !== 0)
      return `${tool} is not installed`;
  }
  if (!existsSync(join(csmithInclude, 'csmith.h')))
    return `${csmithInclude}/csmith.h is missing (libcsmith-dev)`;
  return undefined;
}

/** The outcome of one seed: agreed, discarded (gcc's build ran too long or crashed), or a mismatch. */
async function trySeed(seed: number, folder: string): Promise<'agreed' | 'discarded' | string> {
  const source = join(folder, `csmith-${seed}.c`);
  // csmith writes platform.info into its working directory: keep it out of the repository.
  const program = execFileSync('csmith', ['--seed', String(seed), ...csmithOptions], {
    encoding: 'utf8',
    cwd: folder,
  });
  writeFileSync(source, program);
  const binary = join(folder, `csmith-${seed}`);
  execFileSync('gcc', ['-std=c99', '-O0', '-w', '-I', csmithInclude, '-o', binary, source]);
  const native = spawnSync(binary, [], { encoding: 'utf8', timeout: 5000 });
  if (native.status !== 0 || native.error !== undefined) return 'discarded';
  const [run, compiled] = await compileAndRunInTiers(
    source,
    { fuel: 3e9, compile: { includePaths: [csmithInclude] } },
    ['interp', 'jit'],
  );
  if (run === undefined || compiled === undefined) throw new Error('a run per tier');
  const tiers = (r: CRun): string =>
    JSON.stringify({ out: r.stdout, status: r.status, trap: r.trap?.exact, fuel: r.fuelUsed }, null, 1);
  if (tiers(compiled) !== tiers(run)) {
    return `seed ${seed}: the compiled tier and the interpreter differ (program kept at ${source})\n--- interpreter\n${tiers(run)}\n--- compiled tier\n${tiers(compiled)}`;
  }
  if (run.outOfFuel) return 'discarded';
  const ours = run.diagnostics.some((d) => / error: /.test(d))
    ? `compile errors:\n${run.diagnostics.join('\n')}`
    : run.trap !== undefined
      ? `trap: ${run.trap.report}`
      : `${run.stdout}exit: ${run.status}\n`;
  const theirs = `${native.stdout}exit: ${native.status}\n`;
  if (ours === theirs) return 'agreed';
  return `seed ${seed}: Tessera and gcc differ (program kept at ${source}; csmith --seed ${seed} ${csmithOptions.join(' ')})\n--- gcc\n${theirs}--- tessera\n${ours}`;
}

const missing = missingTools();

test(
  fuzzMs > 0
    ? `csmith: random programs for ${fuzzMs} ms agree with gcc -O0`
    : 'csmith: random programs with fixed seeds agree with gcc -O0',
  { skip: missing === undefined ? false : `${missing}: the csmith differential test needs it` },
  async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tessera-csmith-'));
    mkdirSync(folder, { recursive: true });
    const failures: string[] = [];
    let agreed = 0;
    let discarded = 0;
    const seeds =
      fuzzMs > 0
        ? (function* () {
            const start = Date.now();
            const base = Number(process.env.CSMITH_SEED ?? Date.now() % 1_000_000_000);
            console.log(`csmith: seeds from ${base}`);
            for (let s = base; Date.now() - start < fuzzMs; s++) yield s;
          })()
        : [1, 2, 3, 4, 5, 6];
    for (const seed of seeds) {
      const outcome = await trySeed(seed, folder);
      if (outcome === 'agreed') agreed++;
      else if (outcome === 'discarded') discarded++;
      else failures.push(outcome);
    }
    console.log(`csmith: ${agreed} agreed, ${discarded} discarded, ${failures.length} differed`);
    assert.deepEqual(failures, []);
    assert.ok(agreed > 0, 'at least one program must be compared');
  },
);
