// The typed syntax tree: what the analyser produces and the code generator consumes. Every
// conversion is explicit (a `cast` node), every name is resolved to its symbol, pointer arithmetic is
// already scaled, and constant expressions are folded.

import type { CLocation } from './diagnostics.js';
import type { BitField, CType } from './types.js';

/** Where a variable lives. */
export type Storage =
  /** File-scope object with external linkage, defined in this unit (or tentatively). */
  | 'global'
  /** Object with internal linkage: file-scope `static`, or a block-scope `static`. */
  | 'static'
  /** Declared `extern` (or a file-scope object only declared here); defined elsewhere. */
  | 'extern'
  /** Automatic local. */
  | 'local'
  /** Function parameter. */
  | 'parameter';

/** A resolved object. One symbol per object, shared by every reference to it. */
export interface VariableSymbol {
  readonly kind: 'variable';
  /** The C name, for diagnostics and the debugger. */
  readonly name: string;
  readonly type: CType;
  readonly storage: Storage;
  /** The assembly label of a global/static/extern object (docs/ABI.md "Names"); '' for locals. */
  readonly label: string;
  /** Unique within its translation unit. */
  readonly id: number;
  /** Whether `&` is applied to it anywhere (or it is an array, struct or union): it must live in memory. */
  addressTaken: boolean;
  readonly at: CLocation;
}

/** A resolved function. */
export interface FunctionSymbol {
  readonly kind: 'function';
  readonly name: string;
  readonly type: Extract<CType, { kind: 'function' }>;
  /** The assembly label (docs/ABI.md "Names"). */
  readonly label: string;
  /** Internal linkage (`static`). */
  readonly internal: boolean;
  readonly at: CLocation;
  /** Some declaration said `__attribute__((noinline))`: calls stay calls. */
  noinline?: boolean;
}

/** A string literal, emitted once in read-only data. */
export interface StringLiteral {
  /** Unique within its translation unit. */
  readonly id: number;
  /** Code units including the terminating 0 (so `"ab"` has 3 units). */
  readonly units: readonly number[];
  /** 1 for char strings, 2 for `u""`, 4 for `L""` and `U""`. */
  readonly unitSize: 1 | 2 | 4;
}

/** The parts every expression node has. */
interface ExpressionBase {
  /** The type of the value (for an lvalue: the object's type, unqualified). */
  readonly type: CType;
  readonly at: CLocation;
}

/** Binary operators after analysis (`&&` and `||` are `logical` nodes). */
export type BinaryOperator =
  '+' | '-' | '*' | '/' | '%' | '<<' | '>>' | '&' | '|' | '^' | '==' | '!=' | '<' | '<=' | '>' | '>=';

/**
 * An expression. Lvalues are `variable`, `deref`, `member` (of an lvalue), `string` and
 * `compoundLiteral`; in a value context the code generator loads them.
 */
export type Expression =
  /** An integer constant of an integer or pointer type (`(char *)0` is an integer node of pointer type). */
  | (ExpressionBase & { readonly kind: 'integer'; readonly value: bigint })
  /** A floating constant of a floating type (float constants hold the float-rounded value). */
  | (ExpressionBase & { readonly kind: 'floating'; readonly value: number })
  /** A string literal: an lvalue of array type. */
  | (ExpressionBase & { readonly kind: 'string'; readonly literal: StringLiteral })
  /** A named object: an lvalue. */
  | (ExpressionBase & { readonly kind: 'variable'; readonly symbol: VariableSymbol })
  /** A function designator (only ever the operand of `address` or the callee of `call`). */
  | (ExpressionBase & { readonly kind: 'function'; readonly symbol: FunctionSymbol })
  /**
   * `-x`, `~x` on the promoted operand; `!x` on a scalar (type int). For floating `-` this is a
   * sign flip (so -0.0 works).
   */
  | (ExpressionBase & {
      readonly kind: 'unary';
      readonly operator: '-' | '~' | '!';
      readonly operand: Expression;
    })
  /**
   * Arithmetic, shifts, bitwise operations and comparisons. Operands are already converted: to their
   * common type for arithmetic and comparisons (whose type is int); the left operand promoted and the
   * right one converted to int for shifts. Pointer arithmetic is explicit: `p + i` is a `+` of pointer
   * type whose right operand is `i * size` as a long; `p - q` is `(p - q) / size`, the subtraction
   * having type long. Pointer comparisons compare addresses unsigned.
   */
  | (ExpressionBase & {
      readonly kind: 'binary';
      readonly operator: BinaryOperator;
      readonly left: Expression;
      readonly right: Expression;
    })
  /** `&&` and `||`: operands are scalars, the result is int 0 or 1. */
  | (ExpressionBase & {
      readonly kind: 'logical';
      readonly operator: '&&' | '||';
      readonly left: Expression;
      readonly right: Expression;
    })
  /** `c ? a : b`: both arms converted to the result type (void when both are void). */
  | (ExpressionBase & {
      readonly kind: 'conditional';
      readonly condition: Expression;
      readonly then: Expression;
      readonly otherwise: Expression;
    })
  /** `target = value`, value converted to the target's type; the result is the stored value. */
  | (ExpressionBase & { readonly kind: 'assign'; readonly target: Expression; readonly value: Expression })
  /**
   * Compound assignment and increment/decrement: load target, convert it to `operationType`, apply
   * `operator` with `value` (already of `operationType`, or long and scaled for pointers), convert back
   * to the target's type and store. The result is the new value, or the old one when `postfix`
   * (`x++` is `+=` 1 with postfix).
   */
  | (ExpressionBase & {
      readonly kind: 'compoundAssign';
      readonly operator: Exclude<BinaryOperator, '==' | '!=' | '<' | '<=' | '>' | '>='>;
      readonly target: Expression;
      readonly value: Expression;
      readonly operationType: CType;
      readonly postfix: boolean;
    })
  /**
   * A call. `callee` is a `function` node or an expression of pointer-to-function type. `arguments`
   * are converted to the parameter types, variadic and unprototyped ones promoted (float to double).
   */
  | (ExpressionBase & {
      readonly kind: 'call';
      readonly callee: Expression;
      readonly functionType: Extract<CType, { kind: 'function' }>;
      readonly arguments: readonly Expression[];
    })
  /**
   * A conversion to `type` (void, scalar, or the same struct type). Array-to-pointer and
   * function-to-pointer decay are `address` nodes instead.
   */
  | (ExpressionBase & { readonly kind: 'cast'; readonly operand: Expression })
  /** `&lvalue` (also array and function decay): the address, of pointer type. */
  | (ExpressionBase & { readonly kind: 'address'; readonly operand: Expression })
  /** `*p`: an lvalue of the pointed-to type. */
  | (ExpressionBase & { readonly kind: 'deref'; readonly operand: Expression })
  /**
   * `s.m` (and `p->m` as `deref(p).m`): an lvalue when `object` is; `member.offset` already includes
   * anonymous members on the way. Bit-fields carry `member.bitField`.
   */
  | (ExpressionBase & {
      readonly kind: 'member';
      readonly object: Expression;
      readonly offset: number;
      readonly bitField: BitField | undefined;
    })
  /** `a, b`. */
  | (ExpressionBase & { readonly kind: 'comma'; readonly left: Expression; readonly right: Expression })
  /** `(T){ ... }`: a fresh object (`object`, a local, or a static at file scope), initialised, as an lvalue. */
  | (ExpressionBase & {
      readonly kind: 'compoundLiteral';
      readonly object: VariableSymbol;
      readonly initializer: Initializer;
    })
  /**
   * gcc's statement expression `({ ...; value; })`: `body` runs in order, then `value` (the last
   * expression statement, decayed) gives the result; void when the last statement is not an expression.
   */
  | (ExpressionBase & {
      readonly kind: 'statementExpression';
      readonly body: readonly Statement[];
      readonly value: Expression | undefined;
    })
  /** `va_start(list, last)`: `list` is an lvalue of type va_list (char *). */
  | (ExpressionBase & { readonly kind: 'vaStart'; readonly list: Expression })
  /** `va_arg(list, T)`: the next variadic argument as `type`; advances `list` by one slot. */
  | (ExpressionBase & { readonly kind: 'vaArg'; readonly list: Expression });

/**
 * How an object is initialised: zero the whole object first when `zeroFill`, then store each entry in
 * order. Entries never overlap except where a later designator overrides an earlier one.
 */
export interface Initializer {
  readonly zeroFill: boolean;
  readonly entries: readonly InitializerEntry[];
}

/** One store of an initializer. */
export type InitializerEntry =
  /** A scalar (or struct, from an expression of the same struct type) at `offset`. */
  | {
      readonly kind: 'value';
      readonly offset: number;
      readonly type: CType;
      readonly bitField: BitField | undefined;
      readonly value: Expression;
    }
  /** The first `length` units of a string literal copied to `offset` (`char s[] = "hi"`). */
  | {
      readonly kind: 'string';
      readonly offset: number;
      readonly literal: StringLiteral;
      readonly length: number;
    };

/** A statement. */
export type Statement =
  | { readonly kind: 'expression'; readonly expression: Expression; readonly at: CLocation }
  /**
   * A local definition; `initializer` runs here (statics are file-level `StaticObject`s instead). A
   * variable-length array has no initializer but a `size` in bytes, computed here (after the lengths it
   * depends on), for which storage is allocated on the stack until its block is left.
   */
  | {
      readonly kind: 'declaration';
      readonly variable: VariableSymbol;
      readonly initializer: Initializer | undefined;
      readonly size: Expression | undefined;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'block';
      readonly body: readonly Statement[];
      readonly at: CLocation;
      /** The closing brace, for blocks written in the source (where the scope of their declarations ends). */
      readonly end?: CLocation;
    }
  | {
      readonly kind: 'if';
      readonly condition: Expression;
      readonly then: Statement;
      readonly otherwise: Statement | undefined;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'while';
      readonly condition: Expression;
      readonly body: Statement;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'doWhile';
      readonly body: Statement;
      readonly condition: Expression;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'for';
      readonly init: Statement | undefined;
      readonly condition: Expression | undefined;
      readonly step: Expression | undefined;
      readonly body: Statement;
      readonly at: CLocation;
    }
  /**
   * `switch`: `value` is promoted; `cases` lists each `case` label's value (converted to the promoted
   * type) with the id that its `caseLabel` statement in `body` carries; `defaultId` likewise.
   */
  | {
      readonly kind: 'switch';
      readonly value: Expression;
      readonly body: Statement;
      readonly cases: readonly { readonly value: bigint; readonly id: number }[];
      readonly defaultId: number | undefined;
      readonly at: CLocation;
    }
  /** A `case` or `default` label inside a switch body, followed by the statement it labels. */
  | { readonly kind: 'caseLabel'; readonly id: number; readonly body: Statement; readonly at: CLocation }
  | { readonly kind: 'break'; readonly at: CLocation }
  | { readonly kind: 'continue'; readonly at: CLocation }
  /** `return`, the value converted to the function's return type. */
  | { readonly kind: 'return'; readonly value: Expression | undefined; readonly at: CLocation }
  | { readonly kind: 'goto'; readonly label: string; readonly at: CLocation }
  | { readonly kind: 'label'; readonly label: string; readonly body: Statement; readonly at: CLocation }
  | { readonly kind: 'empty'; readonly at: CLocation };

/** A function definition. */
export interface FunctionDefinition {
  readonly symbol: FunctionSymbol;
  /** In order; unnamed parameters get a symbol too. */
  readonly parameters: readonly VariableSymbol[];
  readonly body: Statement;
  /** Every automatic local of the body (including compound-literal objects), for frame layout. */
  readonly locals: readonly VariableSymbol[];
  /** Where the definition starts (the declarator) and where its closing brace is. */
  readonly at: CLocation;
  readonly end: CLocation;
}

/** A value stored in static memory by an initializer (bit-fields already merged into their units). */
export type StaticValue =
  | {
      readonly kind: 'integer';
      readonly offset: number;
      readonly size: 1 | 2 | 4 | 8;
      readonly value: bigint;
    }
  /** The address of a global, static, function or string literal, plus an addend: 8 bytes. */
  | {
      readonly kind: 'address';
      readonly offset: number;
      readonly target: VariableSymbol | FunctionSymbol | StringLiteral;
      readonly addend: bigint;
    }
  /** Raw bytes (string initializers of char arrays, floats as their bits). */
  | { readonly kind: 'bytes'; readonly offset: number; readonly bytes: readonly number[] };

/** An object with static storage defined by this unit (globals, statics, block-scope statics). */
export interface StaticObject {
  readonly symbol: VariableSymbol;
  /** Undefined for zero-initialised objects (bss); otherwise the stores, sorted by offset, rest zero. */
  readonly values: readonly StaticValue[] | undefined;
}

/** One analysed translation unit. */
export interface TranslationUnit {
  /** The main source file's path. */
  readonly file: string;
  readonly functions: readonly FunctionDefinition[];
  readonly objects: readonly StaticObject[];
  readonly strings: readonly StringLiteral[];
}
