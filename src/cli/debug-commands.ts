// The commands of `tessera debug`'s prompt, gdb's names and output: one table with each command's name,
// aliases, help and what it does to the session.

import {
  DebuggerError,
  frameLocals,
  readScalar,
  ValueError,
  type Breakpoint,
  type BreakpointLocation,
  type Evaluation,
  type FunctionInfo,
  type StackFrame,
  type StopEvent,
} from '../debug/index.js';
import { readFileSync } from 'node:fs';
import { CliError } from './input.js';
import {
  describeType,
  dumpMemory,
  formatFloat,
  formatInteger,
  hex,
  isLibraryFile,
  parseMemoryFormat,
  plainName,
  printFormats,
  registerTable,
  symbolic,
} from './debug-format.js';
import { Session, UserError } from './debug-session.js';

/** One command of the prompt. */
interface CommandSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** `break [LOCATION] [if CONDITION]`. */
  readonly usage: string;
  readonly summary: string;
  /** More lines for `help NAME`. */
  readonly details?: string;
  /** What an empty line repeats after this command (gdb repeats steps, continue, list and x), if anything. */
  readonly repeat?: (args: string) => string;
  /** Run it; `format` is the text after a `/` (`p/x`, `x/4xg`). Resolves to true to quit. */
  readonly run: (
    session: Session,
    args: string,
    format: string | undefined,
  ) => Promise<boolean | void> | void;
}

const locationHelp = `LOCATION is LINE (in the current file), FILE:LINE, FUNCTION, or *ADDRESS (an expression: *0x10040,
*fib). A line without code moves to the next line that has some.`;

// ---- helpers --------------------------------------------------------------------------------------------

/** A breakpoint location from its text (see locationHelp). */
function parseLocation(session: Session, text: string): BreakpointLocation {
  if (text.startsWith('*')) return { address: addressOf(session, text.slice(1).trim()) };
  if (/^\d+$/.test(text)) return { file: session.currentFile(), line: Number(text) };
  const relative = /^([+-])(\d+)$/.exec(text);
  if (relative !== null) {
    const base = session.currentLine() ?? session.listing?.first;
    if (base === undefined) throw new UserError(`no current line for '${text}'`);
    const delta = Number(relative[2]) * (relative[1] === '-' ? -1 : 1);
    return { file: session.currentFile(), line: Math.max(1, base + delta) };
  }
  const fileLine = /^(.+):(\d+)$/.exec(text);
  if (fileLine !== null) return { file: fileLine[1]!, line: Number(fileLine[2]) };
  if (/^[A-Za-z_][\w.:/-]*$/.test(text)) return { function: text };
  throw new UserError(`bad location '${text}' (LINE, FILE:LINE, FUNCTION or *ADDRESS)`);
}

/** The address an expression gives: a pointer's or integer's value, where an array, struct or function is. */
function addressOf(session: Session, expression: string): number {
  if (expression === '') throw new UserError('an address is needed');
  const fn = /^[A-Za-z_][\w.:]*$/.test(expression)
    ? session.debugger.lines.findFunctions(expression)[0]
    : undefined;
  if (fn !== undefined) return fn.start;
  return addressValue(session, session.evaluate(expression));
}

function addressValue(session: Session, evaluation: Evaluation): number {
  const { place, type } = evaluation;
  if (type.kind === 'array' || type.kind === 'function' || type.kind === 'struct' || type.kind === 'union') {
    if (place.address === undefined) throw new UserError('the value has no address');
    return place.address;
  }
  let value: bigint | number;
  try {
    value = readScalar(session.machine, place);
  } catch (e) {
    if (e instanceof ValueError) throw new UserError(e.message);
    throw e;
  }
  if (typeof value === 'number') throw new UserError(`a ${type.name} is not an address`);
  const address = BigInt.asUintN(64, value);
  if (address > BigInt(Number.MAX_SAFE_INTEGER)) throw new UserError(`${hex(address)} is outside memory`);
  return Number(address);
}

/** A non-negative count argument, or `fallback` when empty. */
function count(text: string, fallback: number, what = 'a count'): number {
  if (text === '') return fallback;
  if (!/^\d+$/.test(text)) throw new UserError(`expected ${what}, got '${text}'`);
  return Number(text);
}

/** Breakpoint numbers of `delete 1 2`, `disable 3-5`; all of them when empty. */
function breakpointNumbers(session: Session, text: string): number[] {
  if (text === '') return session.breakpointNumbers();
  const numbers: number[] = [];
  for (const word of text.split(/\s+/)) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(word);
    if (range === null) throw new UserError(`bad breakpoint number '${word}'`);
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    for (let n = from; n <= to; n++) numbers.push(n);
  }
  return numbers;
}

/** A print format letter from `/x` (undefined when none). */
function printFormat(format: string | undefined): string | undefined {
  if (format === undefined || format === '') return undefined;
  if (format.length !== 1 || !printFormats.includes(format)) {
    throw new UserError(`bad print format '/${format}' (x d u o t c a f)`);
  }
  return format;
}

/** Split `run`'s arguments as a shell would (quotes, backslashes) and take out `< FILE`. */
function splitArguments(text: string): { args: string[]; stdin: string | undefined } {
  const args: string[] = [];
  let stdin: string | undefined;
  let redirect = false;
  const pattern = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(<)|((?:[^\s"'<\\]|\\.)+))/gy;
  let word = '';
  let inWord = false;
  let at = 0;
  const finish = (): void => {
    if (!inWord) return;
    if (redirect) {
      stdin = word;
      redirect = false;
    } else args.push(word);
    word = '';
    inWord = false;
  };
  while (at < text.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m === null) {
      if (/^\s*$/.test(text.slice(at))) break;
      throw new UserError(`unbalanced quotes in '${text}'`);
    }
    if (/^\s/.test(m[0]) && inWord) finish();
    if (m[3] !== undefined) {
      finish();
      redirect = true;
    } else {
      word += m[1]?.replace(/\\(.)/g, '$1') ?? m[2] ?? m[4]!.replace(/\\(.)/g, '$1');
      inWord = true;
    }
    at = pattern.lastIndex;
  }
  finish();
  if (redirect) throw new UserError("'<' needs a file name");
  return { args, stdin };
}

/** The frame line of frame N as bt prints it: `#1  0x10078 in main () at fib.c:11`. */
function frameHeading(session: Session, frame: StackFrame): string {
  const mid = frame.index > 0 || !session.isStatementStart(frame.pc);
  return `#${frame.index}  ${session.frameLine(frame, mid)}`;
}

/** Print the selected frame and its source line (frame, up, down). */
function showSelectedFrame(session: Session): void {
  const frame = session.frame();
  session.out(frameHeading(session, frame));
  if (frame.location !== undefined) session.out(session.sourceLine(frame.location.file, frame.location.line));
  session.listing = undefined;
}

function selectFrame(
  session: Session,
  index: number,
  missing = 'Initial frame selected; you cannot go up.',
): void {
  session.requireStack();
  const frames = session.debugger.frames(index + 1);
  if (index < 0) throw new UserError('Bottom (innermost) frame selected; you cannot go down.');
  if (frames[index] === undefined) throw new UserError(missing);
  session.selected = index;
  showSelectedFrame(session);
}

/** `Breakpoint 1 at 0x1000c: file fib.c, line 6.` */
function describeNewBreakpoint(number: number, b: Breakpoint): string {
  const kind = b.temporary ? 'Temporary breakpoint' : 'Breakpoint';
  const at = hex(b.addresses[0] ?? 0);
  const where = b.location === undefined ? '' : `: file ${b.location.file}, line ${b.location.line}.`;
  const more = b.addresses.length > 1 ? ` (${b.addresses.length} locations)` : '';
  return `${kind} ${number} at ${at}${where}${more}`;
}

/** Set a breakpoint from `break`/`tbreak` arguments. */
function setBreakpoint(session: Session, args: string, temporary: boolean): void {
  const [first = '', ...rest] = args.trim().split(/\s+/);
  let locationText = first;
  let condition: string | undefined;
  if (first === 'if') {
    locationText = '';
    condition = args.trim().slice(2).trim();
  } else if (rest.length > 0) {
    if (rest[0] !== 'if')
      throw new UserError(`junk after the location: '${rest.join(' ')}' (break LOCATION if COND)`);
    condition = rest.slice(1).join(' ');
  }
  if (condition === '') throw new UserError("'if' needs a condition");
  const location: BreakpointLocation =
    locationText === '' ? { address: session.frame().pc } : parseLocation(session, locationText);
  const b = session.addBreakpoint(location, temporary, condition);
  const number = session.numberOf(b.id)!;
  session.out(describeNewBreakpoint(number, b));
}

/** The return value of `finish` as its function's C type, read from the definition's source line. */
function returnValueText(session: Session, fn: FunctionInfo | undefined, value: bigint): string | undefined {
  const name = fn === undefined ? undefined : plainName(fn.name);
  const head = fn === undefined ? undefined : session.debugger.location(fn.start);
  const line = head === undefined ? undefined : session.sourceLines(head.file)?.[head.line - 1];
  const at = name === undefined || line === undefined ? -1 : line.search(new RegExp(`\\b${name}\\s*\\(`));
  const type =
    at < 0
      ? 'long'
      : line!
          .slice(0, at)
          .replace(/\b(static|inline|extern|__inline__|_Noreturn|register)\b/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
  if (type === 'void') return undefined;
  if (/^(struct|union)\b/.test(type) && !type.includes('*')) return undefined;
  if (type.includes('*')) return hex(BigInt.asUintN(64, value));
  if (/\b(double|float)\b/.test(type)) {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigInt64(0, value, true);
    return formatFloat(view.getFloat64(0, true));
  }
  if (/\b_Bool\b|^bool$/.test(type)) return value === 0n ? 'false' : 'true';
  if (/^(unsigned |signed )?char$/.test(type)) return formatInteger(value, 1, 'c', session.debugger);
  if (/\bunsigned\b|size_t|uint\w*_t/.test(type)) return BigInt.asUintN(64, value).toString();
  return value.toString();
}

/** Run a step-like command `times` times, reporting only the last stop (or an earlier one that was not a step). */
async function repeatStep(
  session: Session,
  times: number,
  run: (session: Session) => Promise<StopEvent>,
  instruction: boolean,
): Promise<void> {
  session.requireLive();
  for (let i = 0; i < times; i++) {
    const stop = await session.resume(() => run(session), { quiet: true });
    if (stop.reason !== 'step' || i === times - 1) {
      session.report(stop, false, instruction);
      return;
    }
  }
}

/** Start the program anew when it has run, with new arguments or input if given. */
function prepareRun(session: Session, args: string): void {
  const { args: words, stdin } = splitArguments(args);
  if (stdin !== undefined) {
    try {
      readFileSync(stdin);
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
      throw new UserError(`cannot read ${stdin}: ${reason}`);
    }
  }
  const changed = args.trim() !== '';
  if (changed && words.length > 0) session.args = words;
  if (stdin !== undefined) session.stdinFile = stdin;
  if (session.started || !session.live || changed) {
    try {
      session.restart();
    } catch (e) {
      if (e instanceof CliError) throw new UserError(e.message);
      throw e;
    }
  }
  const redirect = session.stdinFile === undefined ? '' : ` < ${session.stdinFile}`;
  session.out(`Starting program: ${[session.path, ...session.args].join(' ')}${redirect}`);
}

// ---- list ---------------------------------------------------------------------------------------------

/** A file and line from a list argument: LINE, FILE:LINE, FUNCTION, *ADDRESS. */
function listTarget(session: Session, text: string): { file: string; line: number } {
  const location = parseLocation(session, text);
  if ('line' in location) {
    const files = session.debugger.lines.matchFiles(location.file);
    if (files.length !== 1) {
      throw new UserError(
        files.length === 0 ? `no source file named ${location.file}` : `${location.file} is ambiguous`,
      );
    }
    return { file: session.debugger.sourceFiles()[files[0]!]!, line: location.line };
  }
  if ('function' in location) {
    const [fn] = session.debugger.lines.findFunctions(location.function);
    if (fn === undefined) throw new UserError(`no function named ${location.function}`);
    const head = session.debugger.location(fn.start) ?? fn.location;
    if (head === undefined) throw new UserError(`${location.function} has no source lines`);
    return { file: head.file, line: head.line };
  }
  const at = session.debugger.location(location.address);
  if (at === undefined) throw new UserError(`no source line for ${hex(location.address)}`);
  return { file: at.file, line: at.line };
}

/** Print lines `first`..`last` of a file and remember where `list` goes on. */
function listLines(session: Session, file: string, first: number, last: number): void {
  const lines = session.sourceLines(file);
  if (lines === undefined) throw new UserError(`cannot read the source of ${file}`);
  if (first > lines.length) {
    throw new UserError(`Line number ${first} out of range; "${file}" has ${lines.length} lines.`);
  }
  const end = Math.min(last, lines.length);
  for (let n = Math.max(1, first); n <= end; n++) session.out(`${n}\t${lines[n - 1]}`);
  session.listing = { file, first: Math.max(1, first), next: end + 1 };
}

/** The ten lines around `line`, gdb's centring. */
function around(line: number): [number, number] {
  const first = Math.max(1, line - 5);
  return [first, first + 9];
}

function list(session: Session, args: string): void {
  const text = args.trim();
  if (text === '' || text === '-') {
    let listing = session.listing;
    if (listing === undefined) {
      const file = session.currentFile();
      let line = session.currentLine();
      if (
        line === undefined ||
        session.debugger.frames(session.selected + 1)[session.selected]?.location?.file !== file
      ) {
        line = listTarget(session, 'main').line;
        if (line === undefined) line = 1;
      }
      const [first, last] = around(line);
      if (text === '') return listLines(session, file, first, last);
      listing = { file, first, next: last + 1 };
    }
    if (text === '') return listLines(session, listing.file, listing.next, listing.next + 9);
    if (listing.first <= 1) throw new UserError('Already at the start of the file.');
    const first = Math.max(1, listing.first - 10);
    listLines(session, listing.file, first, listing.first - 1);
    session.listing = { file: listing.file, first, next: session.listing!.next };
    return;
  }
  const range = /^([^,]*),([^,]*)$/.exec(text);
  if (range !== null) {
    const from = range[1]!.trim() === '' ? undefined : listTarget(session, range[1]!.trim());
    const to = range[2]!.trim() === '' ? undefined : listTarget(session, range[2]!.trim());
    if (from !== undefined && to !== undefined) return listLines(session, from.file, from.line, to.line);
    if (from !== undefined) return listLines(session, from.file, from.line, from.line + 9);
    if (to !== undefined) return listLines(session, to.file, Math.max(1, to.line - 9), to.line);
    throw new UserError('list FIRST,LAST needs a line');
  }
  const target = listTarget(session, text);
  const [first, last] = around(target.line);
  listLines(session, target.file, first, last);
}

// ---- disassemble --------------------------------------------------------------------------------------

function disassembleCommand(session: Session, args: string, format: string | undefined): void {
  let text = args.trim();
  const modifiers = new Set<string>((format ?? '').split(''));
  let m: RegExpExecArray | null;
  while ((m = /^\/(\w+)\s*/.exec(text)) !== null) {
    for (const c of m[1]!) modifiers.add(c);
    text = text.slice(m[0].length);
  }
  for (const c of modifiers) {
    if (c !== 's' && c !== 'm' && c !== 'r')
      throw new UserError(`bad modifier '/${c}' (/s: with source lines)`);
  }
  const withSource = modifiers.has('s') || modifiers.has('m');
  const debugger_ = session.debugger;
  const state = debugger_.state;
  const current = state === 'stopped' || state === 'trapped' ? session.frame().pc : undefined;
  let start: number;
  let end: number;
  let title: string;
  const range = /^(.+),\s*(\+?)(.+)$/.exec(text);
  if (range !== null) {
    start = addressOf(session, range[1]!.trim());
    const second = range[3]!.trim();
    end = range[2] === '+' ? start + count(second, 0, 'a length') : addressOf(session, second);
    title = `from ${hex(start)} to ${hex(end)}`;
  } else {
    const address = text === '' ? current : addressOf(session, text);
    if (address === undefined) throw new UserError('No frame selected: give a function or an address.');
    const fn = debugger_.functionAt(address);
    if (fn === undefined || address >= fn.end) {
      start = address;
      end = address + 40;
      title = `from ${hex(start)} to ${hex(end)}`;
    } else {
      start = fn.start;
      end = fn.end;
      title = `for function ${plainName(fn.name)}`;
    }
  }
  if (end <= start) throw new UserError('the range is empty');
  let instructions;
  try {
    instructions = debugger_.disassemble(start, 0, Math.ceil((end - start) / 4));
  } catch (e) {
    if (e instanceof DebuggerError) throw new UserError(e.message);
    throw e;
  }
  session.out(`Dump of assembler code ${title}:`);
  let lastLine = '';
  for (const instruction of instructions) {
    if (instruction.address >= end) break;
    const location = instruction.location;
    if (withSource && location !== undefined) {
      const key = `${location.file}:${location.line}`;
      if (key !== lastLine) {
        if (lastLine.split(':')[0] !== location.file) session.out(`${location.file}:`);
        session.out(session.sourceLine(location.file, location.line));
        lastLine = key;
      }
    }
    const marker = instruction.address === current ? '=> ' : '   ';
    const fn = debugger_.functionAt(instruction.address);
    const offset =
      fn === undefined || instruction.address >= fn.end
        ? symbolic(debugger_, instruction.address)
        : `<+${instruction.address - fn.start}>`;
    session.out(`${marker}${hex(instruction.address)} ${offset}:\t${instruction.text}`);
  }
  session.out('End of assembler dump.');
}

// ---- info ---------------------------------------------------------------------------------------------

interface InfoSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly summary: string;
  readonly run: (session: Session, args: string) => void;
}

const infoCommands: readonly InfoSpec[] = [
  {
    name: 'args',
    summary: 'the arguments of the selected frame',
    run: (session) => {
      const args = session.frameArguments(session.frame(), true);
      if (args.length === 0) session.out('No arguments.');
      for (const a of args) session.out(`${a.name} = ${a.text}`);
    },
  },
  {
    name: 'locals',
    summary: 'the local variables of the selected frame (its block-scope variables in scope)',
    run: (session) => {
      const frame = session.frame();
      const parameters = new Set(session.frameArguments(frame).map((a) => a.place.address));
      const locals = frameLocals(session.debugger, session.selected).filter(
        (v) => v.place.address === undefined || !parameters.has(v.place.address),
      );
      if (locals.length === 0) session.out('No locals.');
      for (const v of locals) session.out(`${v.name} = ${v.value}`);
    },
  },
  {
    name: 'registers',
    aliases: ['r', 'reg'],
    summary: "registers r0-r14, rsp and pc (info registers r0 rsp: only those); the innermost frame's",
    run: (session, args) => {
      session.requireStack();
      const rows = registerTable(
        session.debugger,
        session.frame().pc,
        args.split(/\s+/).filter((w) => w !== ''),
      );
      if (typeof rows === 'string') throw new UserError(rows);
      for (const row of rows) session.out(row);
    },
  },
  {
    name: 'breakpoints',
    aliases: ['b', 'break', 'breaks'],
    summary: 'the breakpoints: where, enabled, condition, hits',
    run: (session) => {
      const all = session.userBreakpoints();
      if (all.length === 0) return session.out('No breakpoints.');
      session.out('Num     Type           Disp Enb Address    What');
      const what = (address: number): string => {
        const fn = session.debugger.functionAt(address);
        const location = session.debugger.location(address);
        const name = fn === undefined ? symbolic(session.debugger, address) : `in ${plainName(fn.name)}`;
        return location === undefined ? name : `${name} at ${location.file}:${location.line}`;
      };
      for (const { number, breakpoint: b } of all) {
        const head = `${String(number).padEnd(8)}${'breakpoint'.padEnd(15)}${(b.temporary ? 'del' : 'keep').padEnd(5)}${(b.enabled ? 'y' : 'n').padEnd(4)}`;
        if (b.addresses.length === 1) {
          session.out(`${head}${hex(b.addresses[0]!).padEnd(11)}${what(b.addresses[0]!)}`);
        } else {
          session.out(`${head}<MULTIPLE>`);
        }
        if (b.condition !== undefined) session.out(`\tstop only if ${b.condition}`);
        if (b.hitCount > 0)
          session.out(`\tbreakpoint already hit ${b.hitCount} time${b.hitCount === 1 ? '' : 's'}`);
        if (b.ignoreCount > 0) session.out(`\twill ignore next ${b.ignoreCount} crossings of breakpoint`);
        if (b.addresses.length > 1) {
          b.addresses.forEach((address, i) => {
            const sub = `${number}.${i + 1}`.padEnd(28);
            session.out(
              `${sub}${(b.enabled ? 'y' : 'n').padEnd(4)}${hex(address).padEnd(11)}${what(address)}`,
            );
          });
        }
      }
    },
  },
  {
    name: 'frame',
    aliases: ['f'],
    summary: 'the selected frame: its address, pc, caller and arguments',
    run: (session) => {
      const frame = session.frame();
      const caller = session.debugger.frames(frame.index + 2)[frame.index + 1];
      const name = frame.function === undefined ? '??' : plainName(frame.function.name);
      const where = frame.location === undefined ? '' : ` (${frame.location.file}:${frame.location.line})`;
      session.out(`Stack level ${frame.index}, frame at ${hex(frame.cfa)}:`);
      session.out(` pc = ${hex(frame.pc)} in ${name}${where}; saved pc = ${hex(frame.returnAddress)}`);
      if (caller !== undefined) session.out(` called by frame at ${hex(caller.cfa)}`);
      if (frame.index > 0) {
        const callee = session.debugger.frames(frame.index)[frame.index - 1];
        if (callee !== undefined) session.out(` caller of frame at ${hex(callee.cfa)}`);
      }
      const args = session.frameArguments(frame);
      session.out(` args: ${args.map((a) => `${a.name}=${a.text}`).join(', ')}`);
    },
  },
  {
    name: 'functions',
    summary: 'the functions, by file (info functions REGEX: those whose name matches)',
    run: (session, args) => {
      let pattern: RegExp | undefined;
      try {
        pattern = args.trim() === '' ? undefined : new RegExp(args.trim());
      } catch {
        throw new UserError(`bad regular expression '${args.trim()}'`);
      }
      const byFile = new Map<string, string[]>();
      for (const fn of session.debugger.functions()) {
        const name = plainName(fn.name);
        if (pattern !== undefined && !pattern.test(name)) continue;
        const head = session.debugger.location(fn.start) ?? fn.location;
        const file = head?.file ?? '';
        const entry = `${head === undefined ? '' : `${head.line}:\t`}${name}\t${hex(fn.start)}`;
        byFile.set(file, [...(byFile.get(file) ?? []), entry]);
      }
      const files = [...byFile.keys()].sort(
        (a, b) => Number(isLibraryFile(a)) - Number(isLibraryFile(b)) || a.localeCompare(b),
      );
      session.out(pattern === undefined ? 'All functions:' : `All functions matching "${pattern.source}":`);
      for (const file of files) {
        session.out('');
        session.out(file === '' ? 'Without source lines:' : `File ${file}:`);
        for (const entry of byFile.get(file)!) session.out(entry);
      }
    },
  },
  {
    name: 'display',
    summary: 'the expressions shown at every stop',
    run: (session) => {
      if (session.displays.length === 0) return session.out('There are no auto-display expressions now.');
      session.out('Auto-display expressions now in effect:');
      for (const d of session.displays) {
        session.out(`${d.number}:   ${d.format === undefined ? '' : `/${d.format} `}${d.expression}`);
      }
    },
  },
  {
    name: 'source',
    summary: 'the current source file',
    run: (session) => {
      const file = session.currentFile();
      session.out(`Current source file is ${file}`);
      const lines = session.sourceLines(file);
      session.out(lines === undefined ? 'Its text cannot be read.' : `Contains ${lines.length} lines.`);
    },
  },
];

function info(session: Session, args: string): void {
  const [word = '', ...rest] = args.trim().split(/\s+/);
  if (word === '')
    throw new UserError(`info needs a subcommand: ${infoCommands.map((i) => i.name).join(', ')}`);
  const found =
    infoCommands.find((i) => i.name === word || i.aliases?.includes(word) === true) ??
    unique(
      infoCommands.filter((i) => i.name.startsWith(word)),
      word,
      'info command',
    );
  found.run(session, rest.join(' '));
}

function unique<T extends { readonly name: string }>(matches: readonly T[], word: string, what: string): T {
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new UserError(`Undefined ${what}: "${word}". Try "help".`);
  throw new UserError(`Ambiguous ${what} "${word}": ${matches.map((m) => m.name).join(', ')}.`);
}

// ---- the table ----------------------------------------------------------------------------------------

const stepRepeat = (name: string) => (args: string) => `${name} ${args}`.trim();

/** Every command of the prompt. */
export const commands: readonly CommandSpec[] = [
  {
    name: 'break',
    aliases: ['b', 'br'],
    usage: 'break [LOCATION] [if CONDITION]',
    summary: "set a breakpoint (at the selected frame's pc without a location)",
    details: `${locationHelp}
CONDITION is a C expression evaluated in the breakpoint's frame (registers as $r0..$rsp, $pc): the program
stops only when it is non-zero. Examples: break fib if n == 3; break nbody.c:42; break *0x10040.`,
    run: (session, args) => setBreakpoint(session, args, false),
  },
  {
    name: 'tbreak',
    usage: 'tbreak [LOCATION] [if CONDITION]',
    summary: 'set a temporary breakpoint (deleted when it first stops the program)',
    details: locationHelp,
    run: (session, args) => setBreakpoint(session, args, true),
  },
  {
    name: 'delete',
    aliases: ['d'],
    usage: 'delete [N...]',
    summary: 'delete breakpoints (all without numbers); numbers and ranges as 1 3-5',
    run: (session, args) => {
      for (const n of breakpointNumbers(session, args.trim())) session.deleteBreakpoint(n);
    },
  },
  {
    name: 'disable',
    usage: 'disable [N...]',
    summary: 'disable breakpoints (all without numbers)',
    run: (session, args) => {
      for (const n of breakpointNumbers(session, args.trim())) session.enableBreakpoint(n, false);
    },
  },
  {
    name: 'enable',
    usage: 'enable [N...]',
    summary: 'enable breakpoints (all without numbers)',
    run: (session, args) => {
      for (const n of breakpointNumbers(session, args.trim())) session.enableBreakpoint(n, true);
    },
  },
  {
    name: 'condition',
    usage: 'condition N [CONDITION]',
    summary: 'stop at breakpoint N only when CONDITION holds; without one, always',
    run: (session, args) => {
      const m = /^(\d+)\s*(.*)$/.exec(args.trim());
      if (m === null) throw new UserError('condition needs a breakpoint number: condition N EXPR');
      const number = Number(m[1]);
      const condition = m[2]!.trim();
      session.setCondition(number, condition === '' ? undefined : condition);
      if (condition === '') session.out(`Breakpoint ${number} now unconditional.`);
    },
  },
  {
    name: 'ignore',
    usage: 'ignore N COUNT',
    summary: 'let the next COUNT hits of breakpoint N pass',
    run: (session, args) => {
      const m = /^(\d+)\s+(\d+)$/.exec(args.trim());
      if (m === null) throw new UserError('usage: ignore N COUNT');
      const number = Number(m[1]);
      const times = Number(m[2]);
      session.setIgnoreCount(number, times);
      session.out(
        times === 0
          ? `Will stop next time breakpoint ${number} is reached.`
          : `Will ignore next ${times} crossing${times === 1 ? '' : 's'} of breakpoint ${number}.`,
      );
    },
  },
  {
    name: 'run',
    aliases: ['r'],
    usage: 'run [ARGUMENTS...] [< FILE]',
    summary: 'run the program (from the start again when it has run); new arguments and input are kept',
    details: `The program is loaded stopped at its entry; run starts it. Arguments replace the program's (argv[1]
on); < FILE gives it FILE as standard input (without, it reads the terminal, or nothing when commands
come from a pipe or a file).`,
    run: async (session, args) => {
      prepareRun(session, args);
      await session.resume((d) => d.continue());
    },
  },
  {
    name: 'start',
    usage: 'start [ARGUMENTS...] [< FILE]',
    summary: 'run the program to the start of main (as run)',
    run: async (session, args) => {
      if (session.debugger.lines.findFunctions('main').length === 0)
        throw new UserError('no function named main');
      prepareRun(session, args);
      await session.resume((d) => d.runTo({ function: 'main' }), { header: true });
    },
  },
  {
    name: 'continue',
    aliases: ['c', 'cont'],
    usage: 'continue [N]',
    summary: 'continue running (N: ignore the breakpoint stopped at N-1 more times)',
    repeat: () => 'continue',
    run: async (session, args) => {
      session.requireLive();
      const times = count(args.trim(), 1);
      const last = session.debugger.lastStop;
      if (times > 1 && last.reason === 'breakpoint' && last.breakpoints[0] !== undefined) {
        const number = session.numberOf(last.breakpoints[0].id);
        if (number !== undefined) {
          session.setIgnoreCount(number, times - 1);
          session.out(`Will ignore next ${times - 1} crossings of breakpoint ${number}.  Continuing.`);
        }
      }
      await session.resume((d) => d.continue());
    },
  },
  {
    name: 'step',
    aliases: ['s'],
    usage: 'step [N]',
    summary: 'run to the next source line, entering calls (not into the C library)',
    repeat: stepRepeat('step'),
    run: (session, args) => repeatStep(session, count(args.trim(), 1), (s) => s.debugger.step(), false),
  },
  {
    name: 'next',
    aliases: ['n'],
    usage: 'next [N]',
    summary: 'run to the next source line in this frame, over calls',
    repeat: stepRepeat('next'),
    run: (session, args) => repeatStep(session, count(args.trim(), 1), (s) => s.debugger.next(), false),
  },
  {
    name: 'stepi',
    aliases: ['si'],
    usage: 'stepi [N]',
    summary: 'run one instruction (into calls)',
    repeat: stepRepeat('stepi'),
    run: (session, args) =>
      repeatStep(session, count(args.trim(), 1), (s) => s.debugger.stepInstruction(), true),
  },
  {
    name: 'nexti',
    aliases: ['ni'],
    usage: 'nexti [N]',
    summary: 'run one instruction (a call runs to its return)',
    repeat: stepRepeat('nexti'),
    run: (session, args) =>
      repeatStep(session, count(args.trim(), 1), (s) => s.debugger.nextInstruction(), true),
  },
  {
    name: 'finish',
    aliases: ['fin'],
    usage: 'finish',
    summary: 'run until the selected frame returns, and print its return value',
    run: async (session) => {
      session.requireLive();
      const frame = session.frame();
      const index = session.selected;
      if (session.debugger.frames(index + 2)[index + 1] === undefined) {
        throw new UserError('"finish" is not meaningful in the outermost frame.');
      }
      session.out(`Run till exit from ${frameHeading(session, frame)}`);
      const stop = await session.resume((d) => d.finish(index), { quiet: true });
      session.report(stop, true, false, false);
      if (stop.reason === 'step' && stop.returnValue !== undefined) {
        const text = returnValueText(session, frame.function, stop.returnValue);
        if (text !== undefined) session.out(`Value returned is $${++session.valueCount} = ${text}`);
      }
      session.showDisplays();
    },
  },
  {
    name: 'until',
    aliases: ['u'],
    usage: 'until [LOCATION]',
    summary: 'run to a line past the current one in this frame (out of a loop); or to LOCATION',
    details: `Without a location: next, but never stopping at a line at or before the current one in this frame
(so a loop runs to its end). With one: as advance.`,
    repeat: stepRepeat('until'),
    run: async (session, args) => {
      session.requireLive();
      if (args.trim() !== '') {
        await session.resume((d) => d.runTo(parseLocation(session, args.trim()), { stopOnReturn: true }));
        return;
      }
      const start = session.debugger.frames(1)[0];
      const line = start?.location?.line ?? 0;
      for (;;) {
        const stop = await session.resume((d) => d.next(), { quiet: true });
        const now = session.debugger.frames(1)[0];
        const sameFrame = now !== undefined && now.cfa === start?.cfa && now.function === start.function;
        if (stop.reason !== 'step' || !sameFrame || (stop.location?.line ?? Infinity) > line) {
          session.report(stop);
          return;
        }
      }
    },
  },
  {
    name: 'advance',
    usage: 'advance LOCATION',
    summary: 'run to LOCATION (run to cursor), or until the current frame returns',
    details: locationHelp,
    run: async (session, args) => {
      session.requireLive();
      if (args.trim() === '') throw new UserError('advance needs a location');
      await session.resume((d) => d.runTo(parseLocation(session, args.trim()), { stopOnReturn: true }));
    },
  },
  {
    name: 'print',
    aliases: ['p', 'inspect'],
    usage: 'print[/FORMAT] EXPRESSION',
    summary: 'print the value of a C expression (print x = 5 assigns); /x hexadecimal, /d /u /o /t /c /a /f',
    details: `Expressions see the selected frame's variables and the globals: members (s.x, p->next), indexing, *p, &x,
arithmetic, comparisons, registers ($r0..$r14, $rsp, $pc), assignment (=, +=, ++).
Nothing is called: function calls are not supported.`,
    run: (session, args, format) => {
      const fmt = printFormat(format);
      if (args.trim() === '') throw new UserError('print needs an expression');
      const text = session.evaluateText(args.trim(), fmt);
      session.out(`$${++session.valueCount} = ${text}`);
    },
  },
  {
    name: 'set',
    usage: 'set var EXPRESSION | set $REGISTER = VALUE | set args ARGS | set fuel N|unlimited',
    summary: 'assign a variable (set var x = 5), a register ($r0, $rsp, $pc), the arguments or the fuel',
    run: (session, args) => {
      const text = args.trim();
      let m: RegExpExecArray | null;
      if ((m = /^var(?:iable)?\s+(.+)$/.exec(text)) !== null) {
        session.evaluate(m[1]!);
      } else if ((m = /^args(?:\s+(.*))?$/.exec(text)) !== null) {
        session.args = splitArguments(m[1] ?? '').args;
      } else if ((m = /^fuel\s+(\S+)$/.exec(text)) !== null) {
        const fuel = m[1] === 'unlimited' ? Infinity : count(m[1]!, 0, 'a fuel amount or unlimited');
        session.machine.fuel = fuel;
      } else if ((m = /^\$(\w+)\s*=\s*(.+)$/.exec(text)) !== null) {
        session.requireLive();
        const value = session.evaluate(m[2]!);
        const scalar = readScalar(session.machine, value.place);
        const bits = typeof scalar === 'number' ? BigInt(Math.trunc(scalar)) : scalar;
        try {
          if (m[1] === 'pc') session.debugger.setPc(Number(BigInt.asUintN(64, bits)));
          else session.debugger.writeRegister(m[1] === 'sp' ? 'rsp' : m[1]!, bits);
        } catch (e) {
          if (e instanceof DebuggerError) throw new UserError(e.message);
          throw e;
        }
      } else if (text.includes('=')) {
        session.evaluate(text);
      } else {
        throw new UserError(
          `bad set command: 'set ${text}' (set var EXPR, set $REGISTER = VALUE, set args, set fuel)`,
        );
      }
    },
  },
  {
    name: 'display',
    usage: 'display[/FORMAT] [EXPRESSION]',
    summary: 'show an expression at every stop (without one: show them all now)',
    run: (session, args, format) => {
      const fmt = printFormat(format);
      const expression = args.trim();
      if (expression === '') return session.showDisplays();
      const state = session.debugger.state;
      // Evaluated once now, so that a mistake shows at once.
      if (state === 'stopped' || state === 'trapped') session.evaluateText(expression, fmt);
      const display = { number: session.nextDisplay++, expression, format: fmt };
      session.displays.push(display);
      const line = session.displayLine(display);
      if (line !== undefined && (state === 'stopped' || state === 'trapped')) session.out(line);
    },
  },
  {
    name: 'undisplay',
    usage: 'undisplay [N...]',
    summary: 'stop showing displays (all without numbers)',
    run: (session, args) => {
      const words = args.trim() === '' ? [] : args.trim().split(/\s+/);
      if (words.length === 0) session.displays.length = 0;
      for (const word of words) {
        const index = session.displays.findIndex((d) => String(d.number) === word);
        if (index < 0) throw new UserError(`no display number ${word}`);
        session.displays.splice(index, 1);
      }
    },
  },
  {
    name: 'info',
    aliases: ['i'],
    usage: 'info locals|args|registers|breakpoints|frame|functions|display|source',
    summary: 'information about the program: locals, args, registers, breakpoints, frame, functions...',
    details: infoCommands.map((i) => `  info ${i.name.padEnd(12)} ${i.summary}`).join('\n'),
    run: (session, args) => info(session, args),
  },
  {
    name: 'x',
    usage: 'x[/COUNT FORMAT SIZE] ADDRESS',
    summary: 'examine memory: x/4xg &bodies, x/s str, x/10i $pc (formats x d u o t c a f s i; sizes b h w g)',
    details: `ADDRESS is an expression: a pointer's or integer's value, or where an array, struct or function is. Formats:
x hexadecimal, d signed, u unsigned, o octal, t binary, c char, a address, f float, s string, i instruction.
Sizes: b byte, h 2 bytes, w 4 bytes (the default), g 8 bytes. Format and size are kept for the next x;
x without an address goes on after the last one.`,
    repeat: () => 'x',
    run: (session, args, format) => {
      // A bare x goes on with the last count too (as the empty line after x/2xg does).
      const parsed =
        format === undefined && args.trim() === ''
          ? session.memory.format
          : parseMemoryFormat(format ?? '', session.memory.format);
      if (typeof parsed === 'string') throw new UserError(parsed);
      const text = args.trim();
      const address = text === '' ? session.memory.next : addressOf(session, text);
      if (address === undefined) throw new UserError('x needs an address: x/4xg &variable');
      session.memory.format = parsed;
      const dump = dumpMemory(session.debugger, address, parsed);
      for (const line of dump.lines) session.out(line);
      session.memory.next = dump.next;
      if (dump.error !== undefined) throw new UserError(dump.error);
    },
  },
  {
    name: 'backtrace',
    aliases: ['bt', 'where'],
    usage: 'backtrace [N|-N] [full]',
    summary: 'the call stack (N: the innermost N frames, -N: the outermost; full: with locals)',
    run: (session, args) => {
      session.requireStack();
      const words = args.trim() === '' ? [] : args.trim().split(/\s+/);
      const full = words.includes('full');
      const limitText = words.find((w) => w !== 'full');
      let frames = session.frames();
      const all = frames.length;
      if (limitText !== undefined) {
        const m = /^(-?)(\d+)$/.exec(limitText);
        if (m === null) throw new UserError(`bad frame count '${limitText}'`);
        const n = Number(m[2]);
        frames = m[1] === '-' ? frames.slice(Math.max(0, all - n)) : frames.slice(0, n);
      }
      for (const frame of frames) {
        session.out(frameHeading(session, frame));
        if (full) {
          const locals = frameLocals(session.debugger, frame.index);
          if (locals.length === 0) session.out('No locals.');
          for (const v of locals) session.out(`        ${v.name} = ${v.value}`);
        }
      }
      if (frames.length < all && frames[frames.length - 1]?.index !== all - 1) {
        session.out('(More stack frames follow...)');
      }
    },
  },
  {
    name: 'frame',
    aliases: ['f'],
    usage: 'frame [N]',
    summary: 'select frame N (0 is where the program stopped) and show it; without N, show the selected one',
    run: (session, args) => {
      if (args.trim() === '') return showSelectedFrame(session);
      const index = count(args.trim(), 0, 'a frame number');
      selectFrame(session, index, `No frame at level ${index}.`);
    },
  },
  {
    name: 'up',
    usage: 'up [N]',
    summary: 'select the caller (N frames up)',
    run: (session, args) => selectFrame(session, session.selected + count(args.trim(), 1)),
  },
  {
    name: 'down',
    usage: 'down [N]',
    summary: 'select the callee (N frames down)',
    run: (session, args) => selectFrame(session, session.selected - count(args.trim(), 1)),
  },
  {
    name: 'list',
    aliases: ['l'],
    usage: 'list [LOCATION | FIRST,LAST | -]',
    summary: 'list source lines: around the current line, then on from there (- : the lines before)',
    details: `${locationHelp}
list LOCATION shows the ten lines around it; list alone goes on after the last listing.`,
    repeat: (args) => (args.trim() === '-' ? 'list -' : 'list'),
    run: (session, args) => list(session, args),
  },
  {
    name: 'disassemble',
    aliases: ['disas', 'disasm'],
    usage: 'disassemble [/s] [FUNCTION | ADDRESS | START,END | START,+LENGTH]',
    summary: "disassemble the selected frame's function (or another); /s with source lines; => marks pc",
    run: (session, args, format) => disassembleCommand(session, args, format),
  },
  {
    name: 'whatis',
    usage: 'whatis EXPRESSION',
    summary: 'the type of an expression',
    run: (session, args) => {
      if (args.trim() === '') throw new UserError('whatis needs an expression');
      session.out(`type = ${describeType(session.evaluate(args.trim()).type, false)}`);
    },
  },
  {
    name: 'ptype',
    usage: 'ptype EXPRESSION',
    summary: 'the type of an expression, with the members of a struct or union',
    run: (session, args) => {
      if (args.trim() === '') throw new UserError('ptype needs an expression');
      session.out(`type = ${describeType(session.evaluate(args.trim()).type, true)}`);
    },
  },
  {
    name: 'kill',
    aliases: ['k'],
    usage: 'kill',
    summary: 'end the program (run starts it again)',
    run: (session) => {
      session.requireLive();
      session.debugger.terminate();
      session.report(session.debugger.lastStop);
    },
  },
  {
    name: 'quit',
    aliases: ['q', 'exit'],
    usage: 'quit',
    summary: 'leave the debugger',
    run: () => true,
  },
  {
    name: 'help',
    aliases: ['h'],
    usage: 'help [COMMAND]',
    summary: 'list the commands, or describe one',
    run: (session, args) => help(session, args.trim()),
  },
];

function help(session: Session, topic: string): void {
  if (topic === '') {
    session.out(
      'Commands (an empty line repeats step, next, continue, list and x; Ctrl-C pauses the program):',
    );
    for (const c of commands) {
      const names = [c.name, ...(c.aliases ?? [])].join(', ');
      session.out(`  ${names.padEnd(28)} ${c.summary}`);
    }
    session.out('Type "help COMMAND" for its arguments.');
    return;
  }
  const command = findCommand(topic);
  session.out(`${command.usage}`);
  session.out(`  ${command.summary}`);
  if (command.aliases !== undefined) session.out(`  aliases: ${command.aliases.join(', ')}`);
  if (command.details !== undefined) session.out(command.details);
}

/** The command a word names: a name, an alias, or an unambiguous prefix of a name (gdb's `cont`, `disas`). */
function findCommand(word: string): CommandSpec {
  const exact = commands.find((c) => c.name === word || c.aliases?.includes(word) === true);
  if (exact !== undefined) return exact;
  return unique(
    commands.filter((c) => c.name.startsWith(word)),
    word,
    'command',
  );
}

/** Split a command line into its command word, its `/FORMAT` and its arguments. */
export function parseCommandLine(line: string): { word: string; format: string | undefined; args: string } {
  const m = /^([A-Za-z][\w-]*)(?:\/(\S*))?\s*(.*)$/.exec(line.trim());
  if (m === null) throw new UserError(`Undefined command: "${line.trim()}". Try "help".`);
  return { word: m[1]!, format: m[2], args: m[3]! };
}

/**
 * Run one command line. Resolves to `quit` to leave, else the command line an empty line repeats (or
 * undefined). Mistakes print one line and the prompt goes on.
 */
export async function execute(session: Session, line: string): Promise<'quit' | string | undefined> {
  try {
    const { word, format, args } = parseCommandLine(line);
    const command = findCommand(word);
    const result = await command.run(session, args, format);
    if (result === true) return 'quit';
    return command.repeat?.(args);
  } catch (e) {
    if (e instanceof UserError || e instanceof DebuggerError || e instanceof CliError) {
      session.error(e.message);
    } else {
      session.error(`internal error: ${e instanceof Error ? e.message : String(e)}`);
    }
    return undefined;
  }
}

/** The names and aliases of every command, for completion. */
export const commandNames: readonly string[] = commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
