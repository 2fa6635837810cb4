// `tessera profile`: run a program under the profiler, print its top functions (and lines) on stderr, and write
// a .cpuprofile for Chrome DevTools, collapsed stacks for flame-graph tools and an SVG flame graph.

import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import {
  collapsedStacks,
  formatProfileTable,
  profileRun,
  renderFlameGraph,
  toCollapsed,
  toCpuProfile,
  type Profile,
  type ProfileMode,
} from '../debug/index.js';
import { CliError, exitCodes, loadProgram, parseCount, parseSize } from './input.js';
import { consoleHost, loadMachine, report, writeAll } from './run.js';

/** Options of `tessera profile`. */
export interface ProfileOptions {
  readonly mode: ProfileMode;
  readonly top: number;
  readonly lines: boolean;
  /** Where to write each output; undefined: not written. */
  readonly cpuprofile: string | undefined;
  readonly collapsed: string | undefined;
  readonly flamegraph: string | undefined;
  /** Time mode: microseconds between samples. */
  readonly interval: number | undefined;
  readonly fuel: number;
  readonly memorySize: number;
  readonly stackSize: number;
}

function say(text: string): void {
  writeAll(2, new TextEncoder().encode(text));
}

function writeOutput(path: string, text: string, what: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new CliError(
      `tessera profile: error: cannot write ${path}: ${(e as Error).message}`,
      exitCodes.cannotOpen,
    );
  }
  say(`tessera profile: wrote ${what} ${path}\n`);
}

/** Profile a program with arguments; resolves to the program's exit code, as `tessera run` gives it. */
export async function profileProgram(
  path: string,
  args: readonly string[],
  options: ProfileOptions,
): Promise<number> {
  const program = loadProgram([path]);
  const machine = loadMachine(program, path, args, options, consoleHost());
  const { result, profile } = await profileRun(machine, {
    mode: options.mode,
    fuel: options.fuel,
    ...(options.interval === undefined ? {} : { interval: options.interval }),
  });
  say(formatProfileTable(profile, { top: options.top, lines: options.lines }));
  if (options.cpuprofile !== undefined) {
    writeOutput(options.cpuprofile, JSON.stringify(toCpuProfile(profile)), 'the Chrome DevTools profile');
  }
  if (options.collapsed !== undefined)
    writeOutput(options.collapsed, toCollapsed(profile), 'collapsed stacks');
  if (options.flamegraph !== undefined) {
    writeOutput(options.flamegraph, flameGraph(profile, path), 'the flame graph');
  }
  return report(result, program);
}

function flameGraph(profile: Profile, path: string): string {
  const total =
    profile.mode === 'count' ? `${profile.total} instructions` : `${(profile.total / 1000).toFixed(1)} ms`;
  return renderFlameGraph(collapsedStacks(profile), {
    title: `${basename(path)}: ${total} (${profile.mode} mode)`,
    unit: profile.unit,
  });
}

function parseMode(text: string | undefined): ProfileMode {
  if (text === undefined || text === 'count' || text === 'time') return text ?? 'count';
  throw new CliError(`tessera profile: error: --mode must be count or time, not '${text}'`, exitCodes.usage);
}

/** The `profile` command: its options, help and how it runs (wired in main.ts). */
export const profileCommand = {
  summary: 'tessera profile [options] program.c|program.s|program.tsm [arguments...]',
  options: {
    mode: { type: 'string' },
    top: { type: 'string' },
    lines: { type: 'boolean' },
    cpuprofile: { type: 'string' },
    'no-cpuprofile': { type: 'boolean' },
    collapsed: { type: 'string' },
    flamegraph: { type: 'string' },
    interval: { type: 'string' },
    fuel: { type: 'string' },
    mem: { type: 'string' },
    stack: { type: 'string' },
  } satisfies NonNullable<ParseArgsConfig['options']>,
  help: `  --mode M           count (the default): count every instruction, the same numbers every run;
                     time: sample the call stack by the clock (see --interval)
  --top N            rows in each table (default 10)
  --lines            also print the top source lines
  --cpuprofile FILE  the profile for Chrome DevTools (Performance panel, 'Load profile'; default
                     NAME.cpuprofile in the current directory); --no-cpuprofile writes none
  --collapsed FILE   collapsed stacks ('main;fib;fib 1234' lines) for flamegraph.pl, speedscope, inferno
  --flamegraph FILE  an SVG flame graph
  --interval N       time mode: microseconds between samples (default 100)
  --fuel N, --mem SIZE, --stack SIZE   as for 'tessera run'
  The program runs as with 'tessera run --tier=interp' (its output on stdout); the tables go to stderr,
  self (in the function itself) and total (with what it called, recursion counted once). In count mode
  weights are instructions, in time mode milliseconds; the .cpuprofile counts one instruction as 1 us.`,
  run: (values: Record<string, string | boolean | undefined>, files: string[]): Promise<number> => {
    const [program, ...args] = files;
    if (program === undefined)
      throw new CliError('tessera profile: error: no program given', exitCodes.usage);
    const text = (name: string): string | undefined => values[name] as string | undefined;
    const top = text('top') === undefined ? 10 : parseCount(text('top')!, '--top');
    const interval = text('interval') === undefined ? undefined : parseCount(text('interval')!, '--interval');
    if (interval === 0)
      throw new CliError('tessera profile: error: --interval must be at least 1', exitCodes.usage);
    const defaultProfile = `${basename(program).replace(/\.[^.]*$/, '')}.cpuprofile`;
    return profileProgram(program, args, {
      mode: parseMode(text('mode')),
      top,
      lines: values.lines === true,
      cpuprofile: values['no-cpuprofile'] === true ? undefined : (text('cpuprofile') ?? defaultProfile),
      collapsed: text('collapsed'),
      flamegraph: text('flamegraph'),
      interval,
      fuel: text('fuel') === undefined ? Infinity : parseCount(text('fuel')!, '--fuel'),
      memorySize: text('mem') === undefined ? 64 * 1024 * 1024 : parseSize(text('mem')!, '--mem'),
      stackSize: text('stack') === undefined ? 1024 * 1024 : parseSize(text('stack')!, '--stack'),
    });
  },
};
