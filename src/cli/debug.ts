// `tessera debug`: a gdb-like command-line debugger over src/debug. Reads commands from a terminal (line
// editing, history in ~/.tessera_history, Ctrl-C pauses the program), from a pipe or from -x files.

import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { ParseArgsConfig } from 'node:util';
import { CliError, exitCodes, loadProgram, parseCount, parseSize, readInput } from './input.js';
import { commandNames, execute } from './debug-commands.js';
import { Session } from './debug-session.js';

/** Options of `tessera debug`. */
export interface DebugOptions {
  /** Files of commands run first (-x), in order. */
  readonly commandFiles: readonly string[];
  /** Run only the -x files, then quit; the program's standard input is then the terminal's. */
  readonly batch: boolean;
  readonly fuel: number;
  readonly memorySize: number;
  readonly stackSize: number;
}

/** A source of command lines: undefined at its end. */
type LineSource = () => Promise<string | undefined>;

const prompt = '(tdb) ';

/** Debug a program: resolves to 0, or 1 when a command failed in a script (non-interactive input). */
export async function debugProgram(
  path: string,
  args: readonly string[],
  options: DebugOptions,
): Promise<number> {
  const scripts = options.commandFiles.map((file) =>
    new TextDecoder().decode(readInput(file)).replace(/\n$/, '').split('\n'),
  );
  const interactive = !options.batch && process.stdin.isTTY === true;
  const program = loadProgram([path], { variablesInMemory: true });
  const session = new Session(path, program, args, {
    memorySize: options.memorySize,
    stackSize: options.stackSize,
    fuel: options.fuel,
    stdin: interactive || options.batch ? 'terminal' : 'none',
  });
  const onSignal = (): void => {
    // While the program runs, Ctrl-C pauses it; a script being read is ended (as without the debugger).
    if (!session.interrupt() && !interactive) process.exit(130);
  };
  process.on('SIGINT', onSignal);
  try {
    for (const lines of scripts) {
      let next = 0;
      const source: LineSource = () => Promise.resolve(lines[next++]);
      if (await commandLoop(session, source, { echo: true, repeat: false }))
        return status(session, interactive);
    }
    if (options.batch) return status(session, interactive);
    if (interactive) {
      const terminal = openTerminal(session);
      try {
        session.out(
          `${path} is loaded, stopped at its entry: 'run' starts it, 'start' runs to main, 'help' lists the commands.`,
        );
        await commandLoop(session, terminal.next, { echo: false, repeat: true });
      } finally {
        terminal.close();
      }
    } else {
      const reader = createInterface({ input: process.stdin, terminal: false });
      try {
        await commandLoop(session, lineQueue(reader), { echo: true, repeat: true });
      } finally {
        reader.close();
        process.stdin.pause();
      }
    }
    return status(session, interactive);
  } finally {
    process.off('SIGINT', onSignal);
  }
}

function status(session: Session, interactive: boolean): number {
  return !interactive && session.errors > 0 ? 1 : exitCodes.ok;
}

/**
 * Read and run commands until the source ends or `quit`; true after `quit`. An empty line repeats the last
 * repeatable command (steps, continue, list, x) when `repeat` is on; lines starting with `#` are comments.
 */
async function commandLoop(
  session: Session,
  next: LineSource,
  mode: { readonly echo: boolean; readonly repeat: boolean },
): Promise<boolean> {
  let repeat: string | undefined;
  for (;;) {
    const line = await next();
    if (line === undefined) return false;
    let text = line.trim();
    if (text === '' && (!mode.repeat || repeat === undefined)) continue;
    if (mode.echo) session.out(`${prompt}${line}`);
    if (text.startsWith('#')) continue;
    if (text === '') text = repeat!;
    const result = await execute(session, text);
    if (result === 'quit') return true;
    repeat = result;
  }
}

/** Lines of a readline interface as a LineSource (queued while a command runs). */
function lineQueue(reader: Interface, beforeWait: () => void = () => {}): LineSource {
  const lines: string[] = [];
  let closed = false;
  let waiting: ((line: string | undefined) => void) | undefined;
  reader.on('line', (line) => {
    if (waiting === undefined) lines.push(line);
    else {
      const wake = waiting;
      waiting = undefined;
      wake(line);
    }
  });
  reader.on('close', () => {
    closed = true;
    waiting?.(undefined);
    waiting = undefined;
  });
  return () => {
    const line = lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (closed) return Promise.resolve(undefined);
    beforeWait();
    return new Promise((resolve) => (waiting = resolve));
  };
}

/** Where the history is kept: $TESSERA_HISTORY (empty: nowhere), else ~/.tessera_history. */
function historyPath(): string | undefined {
  const chosen = process.env.TESSERA_HISTORY;
  if (chosen !== undefined) return chosen === '' ? undefined : chosen;
  return join(homedir(), '.tessera_history');
}

function loadHistory(path: string | undefined): string[] {
  if (path === undefined) return [];
  try {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .reverse();
  } catch {
    return [];
  }
}

/**
 * The terminal as a LineSource: line editing, history, completion of command names; Ctrl-C clears the
 * line. While a command runs the terminal is the program's (cooked mode: Ctrl-C is a signal, which pauses
 * the program, and the program can read its input).
 */
function openTerminal(session: Session): { next: LineSource; close: () => void } {
  const path = historyPath();
  const reader = createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt,
    terminal: true,
    history: loadHistory(path),
    historySize: 1000,
    removeHistoryDuplicates: true,
    completer: (line: string): [string[], string] => {
      if (/\s/.test(line)) return [[], line];
      return [commandNames.filter((n) => n.startsWith(line)), line];
    },
  });
  reader.on('history', (history: string[]) => {
    if (path === undefined) return;
    try {
      writeFileSync(path, `${[...history].reverse().join('\n')}\n`);
    } catch {
      // A history that cannot be written is not worth an error at every command.
    }
  });
  reader.on('SIGINT', () => {
    process.stdout.write('^C\n');
    const state = reader as unknown as { line: string; cursor: number };
    state.line = '';
    state.cursor = 0;
    reader.prompt();
  });
  const stdin = process.stdin;
  session.hooks = {
    beforeRun: () => {
      reader.pause();
      if (stdin.isTTY) stdin.setRawMode(false);
    },
    afterRun: () => {
      if (stdin.isTTY) stdin.setRawMode(true);
      reader.resume();
    },
  };
  let ended = false;
  reader.on('close', () => {
    if (!ended) process.stdout.write('quit\n');
  });
  return {
    next: lineQueue(reader, () => reader.prompt()),
    close: () => {
      ended = true;
      reader.close();
      stdin.pause();
    },
  };
}

/** The `debug` command: its options, help and how it runs (wired in main.ts). */
export const debugCommand = {
  summary: 'tessera debug [options] program.c|program.s|program.tsm [arguments...]',
  options: {
    x: { type: 'string', short: 'x', multiple: true },
    batch: { type: 'boolean' },
    fuel: { type: 'string' },
    mem: { type: 'string' },
    stack: { type: 'string' },
  } satisfies NonNullable<ParseArgsConfig['options']>,
  help: `  -x FILE        run the commands in FILE first (repeatable), then read the prompt
  --batch        run only the -x files, then quit (the program reads the terminal's standard input)
  --fuel N, --mem SIZE, --stack SIZE   as for 'tessera run'
  A gdb-like prompt, (tdb): break, run, continue, step, next, finish, print, info, x, backtrace, list,
  disassemble... ('help' at the prompt lists them). C is compiled with every variable in memory (-O0).
  The program is loaded stopped at its entry. Commands are read from the terminal (with history in
  ~/.tessera_history, or $TESSERA_HISTORY; empty for none), or line by line from a pipe, each echoed
  after the prompt; the program's standard input is then empty unless 'run < FILE' gives one.`,
  run: (values: Record<string, string | boolean | undefined>, files: string[]): Promise<number> => {
    const [program, ...args] = files;
    if (program === undefined) throw new CliError('tessera debug: error: no program given', exitCodes.usage);
    const text = (name: string): string | undefined => values[name] as string | undefined;
    const commandFiles = (values.x as unknown as string[] | undefined) ?? [];
    if (values.batch === true && commandFiles.length === 0) {
      throw new CliError('tessera debug: error: --batch needs commands: -x FILE', exitCodes.usage);
    }
    return debugProgram(program, args, {
      commandFiles,
      batch: values.batch === true,
      fuel: text('fuel') === undefined ? Infinity : parseCount(text('fuel')!, '--fuel'),
      memorySize: text('mem') === undefined ? 64 * 1024 * 1024 : parseSize(text('mem')!, '--mem'),
      stackSize: text('stack') === undefined ? 1024 * 1024 : parseSize(text('stack')!, '--stack'),
    });
  },
};
