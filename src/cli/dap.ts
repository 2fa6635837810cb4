// `tessera dap`: a Debug Adapter Protocol server on stdin/stdout, for VS Code (editors/vscode) and other
// DAP clients. The protocol's framing and messages come from @vscode/debugadapter; dap-session.ts maps the
// requests onto the Debugger.

import { isAbsolute, resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { standardHost } from '../vm/index.js';
import { CliError, exitCodes, loadProgram, parseSize } from './input.js';
import { loadMachine } from './run.js';
import { TesseraSession, type LaunchArguments, type ProgramLoader } from './dap-session.js';

/** Compile or read the launched program (C with every variable in memory) and load it into a machine. */
export const loadLaunchedProgram: ProgramLoader = (args, output, warn) => {
  const cwd = resolve(args.cwd ?? process.cwd());
  if (typeof args.program !== 'string' || args.program === '') {
    throw new CliError('launch: no program given (the "program" attribute)', exitCodes.usage);
  }
  const args_ = args.args ?? [];
  if (!Array.isArray(args_) || !args_.every((a) => typeof a === 'string')) {
    throw new CliError('launch: "args" must be a list of strings', exitCodes.usage);
  }
  // Absolute paths in the debug section: the client opens the files by them.
  const path = isAbsolute(args.program) ? args.program : resolve(cwd, args.program);
  const program = loadProgram([path], { variablesInMemory: true, warn });
  const stdin = new TextEncoder().encode(args.stdin ?? '');
  let read = 0;
  const host = standardHost({
    stdout: (bytes) => output('stdout', bytes),
    stderr: (bytes) => output('stderr', bytes),
    stdin: (max) => {
      const chunk = stdin.subarray(read, read + max);
      read += chunk.length;
      return chunk;
    },
  });
  const sizes = {
    memorySize: args.mem === undefined ? 64 * 1024 * 1024 : parseSize(args.mem, '"mem"'),
    stackSize: args.stack === undefined ? 1024 * 1024 : parseSize(args.stack, '"stack"'),
  };
  const machine = loadMachine(program, args.program, args_, sizes, host);
  return { program, machine, path: args.program, cwd };
};

/** Serve one DAP session on these streams; resolves when the client disconnects or closes the input. */
export function serveDap(
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  loader: ProgramLoader = loadLaunchedProgram,
): Promise<void> {
  return new Promise((done) => {
    const session = new TesseraSession(loader, done);
    session.start(input, output);
  });
}

/** The `dap` entry of the CLI's command table. */
export const dapCommand: {
  readonly summary: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  readonly help: string;
  readonly run: () => Promise<number>;
} = {
  summary: 'tessera dap',
  options: {},
  help: `  Speaks the Debug Adapter Protocol on stdin and stdout, for VS Code (editors/vscode) and other
  DAP clients. The launch request takes "program" (.c, .s or .tsm), "args", "stopOnEntry", "cwd",
  "stdin" (the text the program reads), "mem" and "stack". docs/DEBUGGER.md lists the requests.`,
  run: async () => {
    await serveDap();
    // The client may keep our input open after disconnecting: stop reading so the process can end.
    process.stdin.destroy();
    return exitCodes.ok;
  },
};

export type { LaunchArguments };
