// The `tessera` command: asm, disasm, inspect and run. The only place that wires the stages together.

import { writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { disassemble } from '../asm/index.js';
import { dataBaseFor, textBase } from '../isa/index.js';
import { moduleHash, writeModule } from '../module/index.js';
import {
  assembleFiles,
  CliError,
  debugSources,
  exitCodes,
  loadProgram,
  parseCount,
  parseSize,
} from './input.js';
import { autoTierFuel, type Tier } from '../jit/index.js';
import { runProgram } from './run.js';
import { compileCommand } from './cc.js';
import { profileCommand } from './profile.js';
import { debugCommand } from './debug.js';
import { dapCommand } from './dap.js';

const usage = `usage: tessera <command> [options] [files]

commands:
  run       run a module (.tsm), C source (.c) or assembly source (.s)
  cc        compile C sources into a module (or to assembly with -S, preprocessed with -E)
  asm       assemble source files into a module
  disasm    print a module as assembly
  inspect   print a module's header, sections, symbols and imports
  profile   run a program under the profiler: top functions, a .cpuprofile for Chrome DevTools, flame graphs
  debug     debug a program at a gdb-like prompt: breakpoints, stepping, variables, memory, stack
  dap       serve the Debug Adapter Protocol on stdin/stdout (VS Code: editors/vscode)

'tessera <command> --help' describes a command's options.
exit codes: the program's own status; ${exitCodes.usage} usage error; ${exitCodes.badInput} bad input (C, assembly or module errors);
${exitCodes.cannotOpen} cannot read a file; ${exitCodes.trap} the program trapped; ${exitCodes.outOfFuel} out of fuel; ${exitCodes.breakpoint} stopped at vp-brk.
`;

interface Command {
  readonly summary: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  readonly help: string;
  /** Options that may be given without their value, and the value they then take (`--trace` = `--trace=text`). */
  readonly bare?: Readonly<Record<string, string>>;
  readonly run: (
    values: Record<string, string | boolean | undefined>,
    files: string[],
  ) => number | Promise<number>;
}

function parseTier(text: string | undefined): Tier {
  if (text === undefined) return 'auto';
  if (text === 'interp' || text === 'jit' || text === 'auto') return text;
  throw new CliError(
    `tessera run: error: --tier must be interp, jit or auto, not '${text}'`,
    exitCodes.usage,
  );
}

function parseTrace(text: string | undefined): 'off' | 'text' | 'jsonl' {
  if (text === undefined) return 'off';
  if (text === 'text' || text === 'jsonl') return text;
  throw new CliError(`tessera run: error: --trace must be text or jsonl, not '${text}'`, exitCodes.usage);
}

/** `-f` options of `tessera cc`: `-finline` (the default) and `-fno-inline`; the last one wins. */
function inlineOption(features: readonly string[]): boolean {
  let inline = true;
  for (const feature of features) {
    if (feature === 'inline' || feature === 'no-inline') inline = feature === 'inline';
    else throw new CliError(`tessera cc: error: unknown option -f${feature}`, exitCodes.usage);
  }
  return inline;
}

const commands: Record<string, Command> = {
  run: {
    summary: 'tessera run [options] program.tsm|program.c|program.s [arguments...]',
    options: {
      fuel: { type: 'string' },
      mem: { type: 'string' },
      stack: { type: 'string' },
      trace: { type: 'string' },
      'trace-file': { type: 'string' },
      stats: { type: 'boolean' },
      tier: { type: 'string' },
    },
    bare: { trace: 'text' },
    help: `  --fuel N       stop after N units of fuel (1 per instruction, plus host-call costs); default unlimited
  --tier T       interp (the interpreter only), jit (compile to WebAssembly first) or auto (the default:
                 interpret, and compile once the program has run ${autoTierFuel} instructions); results,
                 traps and fuel are the same in every tier
  --mem SIZE     memory size, a multiple of 64K (e.g. 16M, 256M; default 64M)
  --stack SIZE   stack size at the top of memory (default 1M)
  --trace        print each instruction and the registers it changed to stderr (= --trace=text)
  --trace=jsonl  one JSON object per instruction: pc, instruction, registers changed, memory written
                 (docs/PROFILING.md); usable as a golden trace
  --trace-file FILE   write the trace to FILE instead of stderr
  --stats        print instructions executed, fuel used and speed to stderr
  Options come before the program; what follows it is passed to the program as its arguments
  (argv[0] is the program's path), as is everything after '--'. A .c program is compiled first
  (with the C library; see 'tessera cc --help' for compiling with options).`,
    run: (values, files) => {
      const [program, ...args] = files;
      if (program === undefined) throw new CliError('tessera run: error: no program given', exitCodes.usage);
      return runProgram(program, args, {
        fuel: values.fuel === undefined ? Infinity : parseCount(values.fuel as string, '--fuel'),
        memorySize: values.mem === undefined ? 64 * 1024 * 1024 : parseSize(values.mem as string, '--mem'),
        stackSize: values.stack === undefined ? 1024 * 1024 : parseSize(values.stack as string, '--stack'),
        trace: parseTrace(values.trace as string | undefined),
        traceFile: values['trace-file'] as string | undefined,
        stats: values.stats === true,
        tier: parseTier(values.tier as string | undefined),
      });
    },
  },
  cc: {
    summary: 'tessera cc [options] file.c... [file.s...] [-o out.tsm]',
    options: {
      output: { type: 'string', short: 'o' },
      assembly: { type: 'boolean', short: 'S' },
      preprocess: { type: 'boolean', short: 'E' },
      include: { type: 'string', short: 'I', multiple: true },
      define: { type: 'string', short: 'D', multiple: true },
      undefine: { type: 'string', short: 'U', multiple: true },
      warn: { type: 'string', short: 'W', multiple: true },
      'no-warnings': { type: 'boolean', short: 'w' },
      optimize: { type: 'string', short: 'O' },
      debug: { type: 'boolean', short: 'g' },
      'no-debug': { type: 'boolean' },
      'no-libc': { type: 'boolean' },
      feature: { type: 'string', short: 'f', multiple: true },
    },
    help: `  -o FILE        the output (default: the first input with .tsm; with -S, .s; with -E, stdout)
  -S             write VP assembly, one .s per C input, instead of a module
  -E             write the preprocessed source
  -I DIR         search DIR for #include files (repeatable)
  -D NAME[=VAL]  define a macro (repeatable); -U NAME undefines one (applied after the -D options)
  -W...          extra warnings (-Wall, -Wextra; any -W turns them on); -w silences warnings
  -O0            keep every variable in memory, so that a debugger can show it at every line (gcc's
                 -O0); other -O levels are accepted and optimise the same way (the default)
  -fno-inline    keep every call a call (by default a call to a small leaf function of the same file
                 runs its code in place); -finline is the default
  -g             record source lines, types and variables for traces and the debugger (the default);
                 --no-debug leaves them out
  --no-libc      do not link the C library (the program brings its own _start)
  Inputs ending in .s are assembled and linked with the C units. Errors and warnings are printed as
  file:line:col: error: message, with the source line.`,
    run: (values, files) => {
      if (files.length === 0) throw new CliError('tessera cc: error: no input files', exitCodes.usage);
      const list = (name: string): string[] => (values[name] as unknown as string[] | undefined) ?? [];
      const options = {
        includePaths: list('include'),
        defines: [
          ...list('define').map((d): [string, string] => {
            const eq = d.indexOf('=');
            return eq < 0 ? [d, '1'] : [d.slice(0, eq), d.slice(eq + 1)];
          }),
          ...list('undefine').map((u): [string, undefined] => [u, undefined]),
        ],
        warnings: list('warn').length > 0 && values['no-warnings'] !== true,
        debug: values['no-debug'] !== true,
        variablesInMemory: values.optimize === '0',
        inline: inlineOption(list('feature')),
        library: values['no-libc'] !== true,
      };
      return compileCommand(files, options, {
        output: values.output as string | undefined,
        assembly: values.assembly === true,
        preprocess: values.preprocess === true,
        quiet: values['no-warnings'] === true,
      });
    },
  },
  asm: {
    summary: 'tessera asm [options] file.s... -o out.tsm',
    options: { output: { type: 'string', short: 'o' }, 'no-debug': { type: 'boolean' } },
    help: `  -o, --output FILE   the module to write (default: the first source with .tsm)
  --no-debug          leave out the debug section (source lines of each instruction)`,
    run: (values, files) => {
      if (files.length === 0)
        throw new CliError('tessera asm: error: no source files given', exitCodes.usage);
      const { module } = assembleFiles(files, values['no-debug'] !== true);
      const output = (values.output as string | undefined) ?? files[0]!.replace(/\.[^./]*$/, '') + '.tsm';
      writeFileSync(output, writeModule(module));
      return exitCodes.ok;
    },
  },
  disasm: {
    summary: 'tessera disasm [options] module.tsm|file.s...',
    options: { 'no-addresses': { type: 'boolean' }, source: { type: 'boolean' } },
    help: `  --no-addresses   leave out the address and raw words of each line
  --source         interleave the source lines recorded in the debug section (when the sources are readable)`,
    run: (values, files) => {
      if (files.length === 0) throw new CliError('tessera disasm: error: no module given', exitCodes.usage);
      const program = loadProgram(files);
      const text = disassemble(program.module, {
        addresses: values['no-addresses'] !== true,
        ...(values.source === true ? { sources: debugSources(program) } : {}),
      });
      process.stdout.write(text);
      return exitCodes.ok;
    },
  },
  profile: profileCommand,
  debug: debugCommand,
  dap: dapCommand,
  inspect: {
    summary: 'tessera inspect module.tsm',
    options: {},
    help: '  (no options)',
    run: (_values, files) => {
      if (files.length !== 1)
        throw new CliError('tessera inspect: error: give exactly one module', exitCodes.usage);
      const { module } = loadProgram(files);
      const hex = (n: number): string => `0x${n.toString(16)}`;
      const dataBase = dataBaseFor(module.text.length);
      const lines = [
        `module   ${JSON.stringify(module.name)}`,
        `hash     ${moduleHash(writeModule(module))}`,
        `program  ${hex(module.programNumber)} version ${module.programVersion}`,
        `entry    ${module.entry === undefined ? '(none)' : hex(textBase + module.entry)}`,
        `text     ${hex(textBase)} ${module.text.length} bytes`,
        `data     ${hex(dataBase)} ${module.data.length} bytes`,
        `bss      ${hex(dataBase + module.data.length)} ${module.bssSize} bytes`,
        `debug    ${module.debug === undefined ? 'none' : `${module.debug.files.length} files, ${module.debug.lines.length} lines, ${module.debug.functions.length} functions`}`,
        '',
        `imports (${module.imports.length})`,
        ...module.imports.map(
          (i) => `  ${i.name.padEnd(24)} ${i.kind.padEnd(9)} slot ${hex(dataBase + i.slot)}`,
        ),
        '',
        `symbols (${module.symbols.length})`,
        ...module.symbols.map((s) => {
          const base =
            s.section === 'text' ? textBase : s.section === 'data' ? dataBase : dataBase + module.data.length;
          const flag = s.exported ? 'export' : '';
          return `  ${hex(base + s.offset).padEnd(10)} ${s.section.padEnd(4)} ${s.kind.padEnd(9)} ${String(s.size).padStart(8)} ${flag.padEnd(6)} ${s.name}`;
        }),
      ];
      process.stdout.write(lines.join('\n') + '\n');
      return exitCodes.ok;
    },
  },
};

/**
 * Split `run`'s arguments into its own options plus the program, and the program's arguments. Its options given
 * without their value get the command's `bare` value.
 */
function splitAtProgram(args: readonly string[], command: Command): [readonly string[], readonly string[]] {
  const own = [...args];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return [own.slice(0, i + 2).filter((a) => a !== '--'), args.slice(i + 2)];
    if (!arg.startsWith('-')) return [own.slice(0, i + 1), args.slice(i + 1)];
    const name = arg.replace(/^--?/, '');
    const bare = command.bare?.[name];
    if (bare !== undefined) own[i] = `${arg}=${bare}`;
    else if (command.options[name]?.type === 'string' && !arg.includes('=')) i++; // its value
  }
  return [own, []];
}

/** Run the CLI with these arguments; resolves to the exit code. Errors go to stderr, never as a stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage);
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  if (name === '--version') {
    process.stdout.write('tessera 0.1.0\n');
    return exitCodes.ok;
  }
  const command = commands[name];
  if (command === undefined) {
    process.stderr.write(`tessera: error: unknown command '${name}'\n\n${usage}`);
    return exitCodes.usage;
  }
  try {
    // `run` passes everything after the program to the program itself.
    const [own, guest] =
      name === 'run' || name === 'profile' || name === 'debug' ? splitAtProgram(rest, command) : [rest, []];
    const { values, positionals } = parseArgs({
      args: [...own],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help === true) {
      process.stdout.write(
        `usage: ${command.summary}\n\noptions:\n${command.help}\n  -h, --help     show this help\n`,
      );
      return exitCodes.ok;
    }
    return await command.run(values as Record<string, string | boolean | undefined>, [
      ...positionals,
      ...guest,
    ]);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`${e.message}\n`);
      return e.exitCode;
    }
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`tessera ${name}: error: ${(e as Error).message}\nsee 'tessera ${name} --help'\n`);
      return exitCodes.usage;
    }
    process.stderr.write(`tessera: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return exitCodes.trap;
  }
}
