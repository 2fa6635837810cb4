// Breakpoints: where they go (source line, function, address), their conditions, ignore counts and hit
// conditions, and the per-word table the debugger's hook reads before every instruction.

import { textBase } from '../isa/index.js';
import type { Debugger } from './debugger.js';
import { DebuggerError } from './errors.js';
import type { SourceLocation } from './lines.js';

/** Where a breakpoint goes. */
export type BreakpointLocation =
  /** A source line; a line without code moves to the next line that has some. */
  | { readonly file: string; readonly line: number }
  /** A function, just after its prologue (every static function of that name when there are several). */
  | { readonly function: string }
  /** A byte address in text, which must start an instruction. */
  | { readonly address: number };

/** What a condition sees when its breakpoint is reached. */
export interface BreakpointContext {
  readonly debugger: Debugger;
  readonly breakpoint: Breakpoint;
  /** Byte address of the instruction about to run. */
  readonly pc: number;
  /** The innermost frame's address (CFA): frame variables are at `cfa + offset`. */
  readonly cfa: number;
}

/** A breakpoint condition as code: stop when it returns true. An exception stops with `conditionError`. */
export type BreakpointPredicate = (context: BreakpointContext) => boolean;

/**
 * Turns a condition's text into a predicate, once, when the condition is set (throwing DebuggerError for a
 * bad one). The default reads register conditions; a C expression compiler can replace it.
 */
export type ConditionCompiler = (
  text: string,
  breakpoint: Breakpoint,
  debugger_: Debugger,
) => BreakpointPredicate;

/** How a breakpoint behaves. */
export interface BreakpointOptions {
  /** Stop only when this holds: text for the debugger's condition compiler (`r0 == 5`), or a predicate. */
  readonly condition?: string | BreakpointPredicate | undefined;
  /** Let this many hits pass without stopping (gdb's `ignore`); counts down. */
  readonly ignoreCount?: number;
  /**
   * Stop only on hits whose number (counting from 1) satisfies this, as DAP's hitCondition: `N` (from the
   * Nth hit on, as `>= N`), `== N` (or `= N`), `!= N`, `> N`, `>= N`, `< N`, `<= N`, `% N` (every Nth).
   */
  readonly hitCondition?: string | undefined;
  /** Delete the breakpoint when it first stops the program. */
  readonly temporary?: boolean;
  /** Default true. */
  readonly enabled?: boolean;
}

/** A breakpoint as the debugger reports it (a snapshot view: read it again after changes). */
export interface Breakpoint {
  /** Unique and never reused within one debugger, from 1. */
  readonly id: number;
  /** Where it was asked to go. */
  readonly requested: BreakpointLocation;
  /** Whether it resolved to code; an unverified breakpoint never stops, and `message` says why. */
  readonly verified: boolean;
  readonly message: string | undefined;
  /** Byte addresses it stops at, ascending (several for a line split in pieces or a static function in many files). */
  readonly addresses: readonly number[];
  /** Source location of its first address (for a line breakpoint, the line it actually went to). */
  readonly location: SourceLocation | undefined;
  readonly enabled: boolean;
  /** The condition's text (`<function>` for a predicate), or undefined. */
  readonly condition: string | undefined;
  readonly hitCondition: string | undefined;
  /** Hits still to let pass. */
  readonly ignoreCount: number;
  /** Times it was reached with its condition true (whether or not it stopped). */
  readonly hitCount: number;
  readonly temporary: boolean;
}

/** A breakpoint's mutable record inside the table. */
export type BreakpointRecord = { -readonly [K in keyof Breakpoint]: Breakpoint[K] };

/** A breakpoint record with its compiled tests. */
interface Entry {
  readonly record: BreakpointRecord;
  predicate: BreakpointPredicate | undefined;
  hitTest: ((hits: number) => boolean) | undefined;
}

/** Compile a hit condition (see BreakpointOptions.hitCondition). */
export function compileHitCondition(text: string): (hits: number) => boolean {
  const match = /^\s*(==|=|!=|>=|>|<=|<|%)?\s*(\d+)\s*$/.exec(text);
  if (match === null)
    throw new DebuggerError(`cannot read the hit condition '${text}' (e.g. '5', '>= 5', '% 3')`);
  const n = Number(match[2]);
  switch (match[1]) {
    case '==':
    case '=':
      return (hits) => hits === n;
    case '!=':
      return (hits) => hits !== n;
    case '>':
      return (hits) => hits > n;
    case '<':
      return (hits) => hits < n;
    case '<=':
      return (hits) => hits <= n;
    case '%':
      if (n === 0) throw new DebuggerError(`the hit condition '${text}' divides by zero`);
      return (hits) => hits % n === 0;
    default:
      return (hits) => hits >= n;
  }
}

/** Every breakpoint, and per text word how many enabled, verified breakpoints are there. */
export class BreakpointTable {
  /** Per text word: the number of enabled breakpoints there (the hook's quick test). */
  readonly counts: Int32Array;
  private readonly entries = new Map<number, Entry>();
  private readonly byWord = new Map<number, Entry[]>();
  private nextId = 1;

  constructor(words: number) {
    this.counts = new Int32Array(words + 1);
  }

  /** Take the next id. */
  allocateId(): number {
    return this.nextId++;
  }

  /** Add a record (with its id and addresses already set) and its compiled tests. */
  add(
    record: BreakpointRecord,
    predicate: BreakpointPredicate | undefined,
    hitTest: ((hits: number) => boolean) | undefined,
  ): void {
    const entry: Entry = { record, predicate, hitTest };
    this.entries.set(record.id, entry);
    for (const address of record.addresses) {
      const word = (address - textBase) >>> 2;
      let list = this.byWord.get(word);
      if (list === undefined) this.byWord.set(word, (list = []));
      list.push(entry);
    }
    this.recount(record);
  }

  /** Remove a breakpoint; false when there is none with that id. */
  remove(id: number): boolean {
    const entry = this.entries.get(id);
    if (entry === undefined) return false;
    entry.record.enabled = false;
    this.recount(entry.record);
    this.entries.delete(id);
    for (const address of entry.record.addresses) {
      const word = (address - textBase) >>> 2;
      const list = this.byWord.get(word)!.filter((e) => e !== entry);
      if (list.length === 0) this.byWord.delete(word);
      else this.byWord.set(word, list);
    }
    return true;
  }

  /** The record and tests of a breakpoint, or a DebuggerError naming the id. */
  entry(id: number): Entry {
    const entry = this.entries.get(id);
    if (entry === undefined) throw new DebuggerError(`no breakpoint number ${id}`);
    return entry;
  }

  /** Enable or disable. */
  setEnabled(id: number, enabled: boolean): void {
    const { record } = this.entry(id);
    record.enabled = enabled;
    this.recount(record);
  }

  /** Every record, by id. */
  records(): BreakpointRecord[] {
    return [...this.entries.values()].map((e) => e.record);
  }

  /**
   * A breakpoint word was reached: count hits, test conditions, and return the breakpoints that stop the
   * program there (temporary ones are deleted), with the first condition error.
   */
  reached(
    word: number,
    context: (record: BreakpointRecord) => BreakpointContext,
  ): { stopped: BreakpointRecord[]; error: string | undefined } {
    const stopped: BreakpointRecord[] = [];
    let error: string | undefined;
    for (const entry of this.byWord.get(word) ?? []) {
      const { record, predicate, hitTest } = entry;
      if (!record.enabled) continue;
      if (predicate !== undefined) {
        try {
          if (!predicate(context(record))) continue;
        } catch (e) {
          error ??= `breakpoint ${record.id}: error in its condition: ${e instanceof Error ? e.message : String(e)}`;
          record.hitCount++;
          stopped.push(record);
          continue;
        }
      }
      record.hitCount++;
      if (record.ignoreCount > 0) {
        record.ignoreCount--;
        continue;
      }
      if (hitTest !== undefined && !hitTest(record.hitCount)) continue;
      stopped.push(record);
    }
    for (const record of stopped) if (record.temporary) this.remove(record.id);
    return { stopped, error };
  }

  private recount(record: BreakpointRecord): void {
    for (const address of record.addresses) {
      const word = (address - textBase) >>> 2;
      this.counts[word] = (this.byWord.get(word) ?? []).filter((e) => e.record.enabled).length;
    }
  }
}
