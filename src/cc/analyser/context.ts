// The analyser's state: scopes and their entries, linkage, the function being checked, the unit's
// symbols, strings and static objects, and diagnostics with the error limit.

import type {
  Expression,
  FunctionDefinition,
  FunctionSymbol,
  StaticObject,
  StaticValue,
  StringLiteral,
  VariableSymbol,
} from '../ast.js';
import { cDiagnostic, type CDiagnostic, type CDiagnosticCode, type CLocation } from '../diagnostics.js';
import type { CType } from '../types.js';

/** What the analyser needs to know (the options of `analyse`). */
export interface ContextOptions {
  readonly unitName: string;
  readonly file: string;
  readonly warnings: boolean;
}

/** An entry of the ordinary name space (objects, functions, typedef names, enumerators). */
export type OrdinaryEntry =
  | { readonly kind: 'variable'; readonly symbol: VariableSymbol }
  | { readonly kind: 'function'; readonly symbol: FunctionSymbol }
  | { readonly kind: 'typedef'; readonly type: CType; readonly at: CLocation }
  | { readonly kind: 'enumerator'; readonly value: bigint; readonly at: CLocation }
  /** A name whose declaration had an error: uses are abandoned silently instead of cascading. */
  | { readonly kind: 'poisoned'; readonly at: CLocation };

/** An entry of the tag name space. */
export interface TagEntry {
  readonly kind: 'struct' | 'union' | 'enum';
  readonly type: CType;
  /** Whether the body (member or enumerator list) has been seen. */
  defined: boolean;
}

/** A scope: file, function (parameters and the body's outermost block), block or prototype. */
export interface Scope {
  readonly kind: 'file' | 'function' | 'block' | 'prototype';
  readonly ordinary: Map<string, OrdinaryEntry>;
  readonly tags: Map<string, TagEntry>;
  /** Locals declared here, for unused-variable warnings. */
  readonly locals: VariableSymbol[];
  /** The identifiers of variably modified type declared here so far, in order (no jumping past them). */
  readonly variablyModified: VariablyModifiedName[];
}

/** An identifier of variably modified type (`int a[n]`, `typedef int T[n]`, `int (*p)[n]`). */
export interface VariablyModifiedName {
  readonly name: string;
  readonly at: CLocation;
}

/** The evaluation of a variable-length array's length into its hidden local, where C evaluates it. */
export interface LengthEvaluation {
  readonly variable: VariableSymbol;
  /** The length, converted to `size_t`. */
  readonly value: Expression;
}

/** What is known about a name with linkage (file-scope objects and functions, block-scope externs). */
export interface LinkageEntry {
  readonly symbol: VariableSymbol | FunctionSymbol;
  /** Defined in this unit (a function body, or an object with an initializer). */
  defined: boolean;
  /** A file-scope object declared without `extern` and not yet defined (a tentative definition). */
  tentative: boolean;
}

/** The function whose body is being checked. */
export interface FunctionState {
  readonly symbol: FunctionSymbol;
  readonly parameters: readonly VariableSymbol[];
  readonly locals: VariableSymbol[];
  readonly labels: Map<string, CLocation>;
  /** The identifiers of variably modified type in scope at each label. */
  readonly visibleAtLabels: Map<string, readonly VariablyModifiedName[]>;
  readonly gotos: {
    readonly label: string;
    readonly at: CLocation;
    readonly visible: readonly VariablyModifiedName[];
  }[];
  /** Open switch statements, innermost last. */
  readonly switches: {
    readonly at: CLocation;
    /** The identifiers of variably modified type in scope at the `switch`. */
    readonly visible: readonly VariablyModifiedName[];
    readonly type: CType;
    readonly cases: { value: bigint; id: number }[];
    /** The case values so far, for duplicates. */
    readonly values: Set<bigint>;
    defaultId: number | undefined;
  }[];
  loops: number;
  breakable: number;
}

/** The mutable view of a symbol, for completing a declaration when a later one says more. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reported once; abandons the statement or declaration being checked. */
export class AnalysisError extends Error {}
/** Stops the analysis (too many errors). */
export class AnalysisStop extends Error {}

const maxErrors = 20;

/** The analyser's state for one translation unit. */
export class Context {
  readonly diagnostics: CDiagnostic[] = [];
  readonly scopes: Scope[] = [];
  readonly linkage = new Map<string, LinkageEntry>();
  readonly strings: StringLiteral[] = [];
  readonly functions: FunctionDefinition[] = [];
  /** Static objects in order of their first declaration; values are filled in when defined. */
  readonly objects = new Map<VariableSymbol, { values: readonly StaticValue[] | undefined }>();
  /** Variables declared `register`, whose address may not be taken. */
  readonly registers = new Set<VariableSymbol>();
  /** Variables that are used (read, written or have their address taken). */
  readonly used = new Set<VariableSymbol>();
  /** Qualified types of lvalue nodes (expression nodes carry unqualified types). */
  readonly lvalueTypes = new WeakMap<object, CType>();
  /** Static functions used before or without a definition, for "used but never defined". */
  readonly usedFunctions = new Map<FunctionSymbol, CLocation>();
  current: FunctionState | undefined;
  /**
   * Lengths of variable-length arrays in the declarators resolved since the last `takeLengths`: the
   * declaration, type name or function definition that resolved them places them in the code.
   */
  pendingLengths: LengthEvaluation[] = [];
  errors = 0;
  private nextId = 1;
  private nextStaticNumber = 1;

  constructor(readonly options: ContextOptions) {
    this.scopes.push(newScope('file'));
  }

  /** A fresh id for a symbol, string literal or case label. */
  id(): number {
    return this.nextId++;
  }

  /** A fresh number for a block-scope static's or a compound literal's label. */
  staticNumber(): number {
    return this.nextStaticNumber++;
  }

  get scope(): Scope {
    return this.scopes[this.scopes.length - 1]!;
  }

  get fileScope(): Scope {
    return this.scopes[0]!;
  }

  get atFileScope(): boolean {
    return this.scopes.length === 1;
  }

  pushScope(kind: Scope['kind']): Scope {
    const scope = newScope(kind);
    this.scopes.push(scope);
    return scope;
  }

  popScope(): Scope {
    return this.scopes.pop()!;
  }

  /** The innermost ordinary entry for `name`. */
  lookup(name: string): OrdinaryEntry | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const entry = this.scopes[i]!.ordinary.get(name);
      if (entry !== undefined) return entry;
    }
    return undefined;
  }

  /** The entry for `name` declared in the current scope itself (a poisoned name counts as undeclared). */
  declaredHere(name: string): OrdinaryEntry | undefined {
    const entry = this.scope.ordinary.get(name);
    return entry?.kind === 'poisoned' ? undefined : entry;
  }

  /** The innermost tag entry for `tag`, and whether it is in the current scope. */
  lookupTag(tag: string): { entry: TagEntry; here: boolean } | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const entry = this.scopes[i]!.tags.get(tag);
      if (entry !== undefined) return { entry, here: i === this.scopes.length - 1 };
    }
    return undefined;
  }

  /** The pending length evaluations (see `pendingLengths`), which are no longer pending. */
  takeLengths(): LengthEvaluation[] {
    const lengths = this.pendingLengths;
    this.pendingLengths = [];
    return lengths;
  }

  /** Run `resolve` with a list of pending lengths of its own: its result and the lengths it resolved. */
  collectLengths<T>(resolve: () => T): { result: T; lengths: LengthEvaluation[] } {
    const outer = this.pendingLengths;
    this.pendingLengths = [];
    try {
      const result = resolve();
      return { result, lengths: this.pendingLengths };
    } finally {
      this.pendingLengths = outer;
    }
  }

  /** The identifiers of variably modified type in scope here, outermost first. */
  visibleVariablyModified(): VariablyModifiedName[] {
    return this.scopes.flatMap((scope) => scope.variablyModified);
  }

  /** A note attached to the diagnostic before it. */
  note(code: CDiagnosticCode, at: CLocation, ...args: string[]): void {
    this.diagnostics.push(cDiagnostic('note', code, at, ...args));
  }

  /** Make a string literal of the unit. */
  stringLiteral(units: readonly number[], unitSize: 1 | 2 | 4): StringLiteral {
    const literal: StringLiteral = { id: this.id(), units: [...units, 0], unitSize };
    this.strings.push(literal);
    return literal;
  }

  /** Report an error and go on. */
  error(code: CDiagnosticCode, at: CLocation, ...args: string[]): void {
    this.countError(at);
    this.diagnostics.push(cDiagnostic('error', code, at, ...args));
  }

  private countError(at: CLocation): void {
    this.errors++;
    if (this.errors > maxErrors) {
      this.diagnostics.push(cDiagnostic('error', 'C3088', at));
      throw new AnalysisStop();
    }
  }

  /** Report an error and abandon the statement or declaration being checked. */
  fail(code: CDiagnosticCode, at: CLocation, ...args: string[]): never {
    this.error(code, at, ...args);
    throw new AnalysisError();
  }

  /** A warning that gcc gives by default. */
  warning(code: CDiagnosticCode, at: CLocation, ...args: string[]): void {
    this.diagnostics.push(cDiagnostic('warning', code, at, ...args));
  }

  /** A warning given only under -W. */
  extraWarning(code: CDiagnosticCode, at: CLocation, ...args: string[]): void {
    if (this.options.warnings) this.warning(code, at, ...args);
  }

  /** Pass on diagnostics from literals.ts, counting errors. */
  forward(diagnostics: readonly CDiagnostic[]): void {
    for (const d of diagnostics) {
      if (d.severity === 'error') this.countError(d.at);
      this.diagnostics.push(d);
    }
  }

  /** The static objects for the unit, in order. */
  staticObjects(): StaticObject[] {
    const objects: StaticObject[] = [];
    for (const [symbol, { values }] of this.objects) {
      if (symbol.storage === 'global' || symbol.storage === 'static') objects.push({ symbol, values });
    }
    return objects;
  }
}

function newScope(kind: Scope['kind']): Scope {
  return { kind, ordinary: new Map(), tags: new Map(), locals: [], variablyModified: [] };
}

/** Quote a name or type for a message, as gcc does. */
export function quote(text: string): string {
  return `'${text}'`;
}
