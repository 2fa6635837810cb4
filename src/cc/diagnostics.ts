// C compiler diagnostics: one table of stable codes and messages for every stage, and the
// gcc-style `file:line:col: error: message` format with the source line and a caret.

/** A position in a C source file (line and column count from 1). */
export interface CLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Every C compiler diagnostic, by code. `{0}`, `{1}` are filled from the arguments.
 * Ranges by stage: C1xxx lexer and preprocessor, C2xxx parser, C3xxx analyser, C4xxx code generator
 * and driver. Add new codes at the end of their range; never renumber.
 */
export const messages = {
  // lexer and preprocessor
  C1001: 'stray {0} in program',
  C1002: 'unterminated comment',
  C1003: 'missing terminating {0} character',
  C1004: 'non-ASCII character or universal character name {0} outside a literal or comment',
  C1005: 'invalid preprocessing directive #{0}',
  C1006: '#include nested more than {0} levels deep',
  C1007: '{0}: No such file or directory',
  C1008: '#include expects "FILENAME" or <FILENAME>',
  C1009: 'macro names must be identifiers',
  C1010: 'no macro name given in #{0} directive',
  C1011: '"defined" cannot be used as a macro name',
  C1012: '"{0}" redefined',
  C1013: 'this is the location of the previous definition',
  C1014: 'expected {0} in macro parameter list, found {1}',
  C1015: 'duplicate macro parameter "{0}"',
  C1016: "'#' is not followed by a macro parameter",
  C1017: "'##' cannot appear at either end of a macro expansion",
  C1018: '__VA_ARGS__ can only appear in the expansion of a variadic macro',
  C1019: 'unterminated argument list invoking macro "{0}"',
  C1020: 'macro "{0}" requires {1} arguments, but only {2} given',
  C1021: 'pasting {0} and {1} does not give a valid preprocessing token',
  C1022: 'macro expansion too deep or too large: stopped in {0}',
  C1023: '#{0} without #if',
  C1024: '#{0} after #else',
  C1025: 'unterminated #{0}',
  C1026: '#{0} with no expression',
  C1027: 'division by zero in #if',
  C1028: 'floating constant in preprocessor expression',
  C1029: '{0} is not valid in preprocessor expressions',
  C1030: 'expected {0} in preprocessor expression, found {1}',
  C1031: 'operator "defined" requires an identifier',
  C1032: '#error {0}',
  C1033: '#warning {0}',
  C1034: '{0} after #line is not a positive integer',
  C1035: '{0} is not a valid filename',
  C1036: 'extra tokens at end of #{0} directive',
  C1037: '_Pragma takes a parenthesized string literal',
  C1038: 'missing whitespace after the macro name',
  C1039: '{0} built-in macro "{1}"',
  C1040: 'integer overflow in preprocessor expression',
  C1041: 'missing terminating > character',
  C1042: 'empty filename in #include',
  C1043: 'internal error in the preprocessor: {0}',
  C1044: 'preprocessor expression nested too deeply',
  C1045: 'invalid digit {0} in octal constant',
  C1046: 'invalid suffix {0} on integer constant',
  C1047: 'invalid suffix {0} on floating constant',
  C1048: 'exponent has no digits',
  C1049: 'hexadecimal floating constants require an exponent',
  C1050: 'integer constant is too large for its type',
  C1051: 'integer constant is so large that it is unsigned',
  C1052: 'floating constant exceeds range of {0}',
  C1053: 'empty character constant',
  C1054: 'multi-character character constant',
  C1055: 'character constant too long for its type',
  C1056: 'unknown escape sequence {0}',
  C1057: '\\x used with no following hex digits',
  C1058: 'hex escape sequence out of range',
  C1059: 'octal escape sequence out of range',
  C1060: 'incomplete universal character name {0}',
  C1061: '{0} is not a valid universal character',
  C1062: 'unsupported concatenation of string literals with prefixes {0} and {1}',
  C1063: 'macro "{0}" passed {1} arguments, but takes just {2}',
  C1064: 'macro "{0}" defined here',
  C1065: 'line number out of range',
  C1066: 'unexpected end of line after #line',
  C1067: 'in expansion of macro "{0}", defined here',
  C1068: 'invalid prefix {0} for floating constant',
  C1069: 'invalid digit {0} in binary constant',
  C1070:
    '#pragma pack{0} is not supported (only pack(1), push, pop and ()): structs keep their natural layout',
  // parser
  C2001: 'expected {0} before {1}',
  C2002: 'expected {0} at end of input',
  C2003: '{0} are not supported',
  C2004: 'nesting too deep: parentheses, declarators, initializer braces or statements',
  C2005: 'too many errors; stopping',
  C2006: 'internal error in the parser: {0}',
  C2007: 'expression too complex: more than {0} operators deep',
  C2008: 'unknown type name {0}',
  C2009: "expected ';' after {0} definition",
  C2010: "'else' without a previous 'if'",
  C2011: 'unknown type name {0}; did you mean {1}?',
  C2012: "'{0}' is defined in header '<{1}>'; did you forget to '#include <{1}>'?",
  C2013: "to match this '{'",
  C2014: 'unknown type name {0}; use {1} keyword to refer to the type',
  // analyser
  C3001: 'use of undeclared identifier {0}',
  C3002: 'implicit declaration of function {0}',
  C3003: 'too few arguments to function {0}',
  C3004: 'too many arguments to function {0}',
  C3005: '{0} redeclared as different kind of symbol',
  C3006: 'conflicting types for {0}',
  C3007: 'redefinition of {0}',
  C3008: 'invalid operands to binary {0} (have {1} and {2})',
  C3009: 'incompatible types when assigning to type {0} from type {1}',
  C3010: 'incompatible types when initializing type {0} using type {1}',
  C3011: 'incompatible types when returning type {0} but {1} was expected',
  C3012: 'incompatible type for argument {0} of {1}',
  C3013: '{0} from incompatible pointer type {1}',
  C3014: 'returning {0} from a function with incompatible return type {1}',
  C3015: '{0} makes integer from pointer without a cast',
  C3016: '{0} makes pointer from integer without a cast',
  C3017: '{0} discards {1} qualifier from pointer target type',
  C3018: 'lvalue required as {0}',
  C3019: '{0} of read-only {1}',
  C3020: 'assignment to expression with array type',
  C3021: 'cannot take address of bit-field {0}',
  C3022: 'address of register variable {0} requested',
  /** Retired: variable-length arrays are supported. */
  C3023: 'variable-length arrays are not supported',
  C3024: 'invalid application of {0} to incomplete type {1}',
  C3025: 'break statement not within loop or switch',
  C3026: 'continue statement not within a loop',
  C3027: 'label {0} used but not defined',
  C3028: 'duplicate label {0}',
  C3029: '{0} not within a switch statement',
  C3030: 'duplicate case value',
  C3031: 'multiple default labels in one switch',
  C3032: '{0} is not an integer constant',
  C3033: "'return' with a value, in function returning void",
  C3034: "'return' with no value, in function returning non-void",
  C3035: 'division by zero',
  C3036: 'integer overflow in expression of type {0} results in {1}',
  C3037: 'request for member {0} in something not a structure or union',
  C3038: '{0} has no member named {1}',
  C3039: 'invalid type argument of {0} (have {1})',
  C3040: 'subscripted value is neither array nor pointer',
  C3041: 'array subscript is not an integer',
  C3042: 'called object is not a function or function pointer',
  C3043: 'initializer element is not constant',
  C3044: 'excess elements in {0} initializer',
  C3045: 'initializer-string for array of {0} is too long',
  C3046: 'initializer-string for array of {0} truncates NUL terminator',
  C3047: 'invalid initializer',
  C3048: "storage size of {0} isn't known",
  C3049: 'array type has incomplete element type {0}',
  C3050: 'two or more data types in declaration specifiers',
  C3051: 'both {0} and {1} in declaration specifiers',
  C3052: "'long long long' is too long",
  C3053: 'multiple storage classes in declaration specifiers',
  C3054: 'type defaults to {0} in declaration of {1}',
  C3055: 'duplicate member {0}',
  C3056: 'field {0} has incomplete type',
  C3057: 'width of {0} exceeds its type',
  C3058: '{0} bit-field {1}',
  C3059: 'bit-field {0} has invalid type',
  C3060: '{0} are not supported',
  C3061: 'static assertion failed{0}',
  C3062: 'conversion to non-scalar type requested',
  C3063: 'used {0} type value where scalar is required',
  C3064: 'wrong type argument to {0}',
  C3065: "'sizeof' applied to a bit-field",
  C3066: 'static declaration of {0} follows non-static declaration',
  C3067: 'non-static declaration of {0} follows static declaration',
  C3068: 'unused variable {0}',
  C3069: 'unused parameter {0}',
  C3070: 'pointer of type {0} used in arithmetic',
  C3071: 'comparison between pointer and integer',
  C3072: 'comparison of distinct pointer types lacks a cast',
  C3073: 'void value not ignored as it ought to be',
  C3074: 'invalid use of undefined type {0}',
  C3075: 'size of array {0} is negative',
  C3076: '{0} declared as function returning {1}',
  C3077: 'declaration of {0} as array of {1}',
  C3078: 'variable or field {0} declared void',
  C3079: "'void' must be the only parameter",
  C3080: 'storage class specified for {0}',
  C3081: 'parameter {0} ({1}) has incomplete type',
  C3082: 'function {0} is initialized like a variable',
  C3083: "{0} initialized and declared 'extern'",
  C3084: "'va_start' used in function with fixed arguments",
  C3085: "second parameter of 'va_start' not last named argument",
  C3086: "{0} is promoted to {1} when passed through '...'",
  C3087: 'internal error in the analyser: {0}',
  C3088: 'too many errors; stopping',
  C3089: 'invalid storage class for function {0}',
  C3090: 'unexpected type name {0}: expected expression',
  C3091: 'array index in initializer exceeds array bounds',
  C3092: 'unknown field {0} specified in initializer',
  C3093: 'field name not in record or union initializer',
  C3094: 'array index in non-array initializer',
  C3095: 'statement with no effect',
  C3096: 'empty range specified',
  C3097: 'declaration does not declare anything',
  C3098: '{0} defined as wrong kind of tag',
  C3099: 'pointer value used where a floating-point was expected',
  C3100: 'cannot convert to a pointer type',
  C3101: 'dereferencing {0} pointer',
  C3102: 'array {0} assumed to have one element',
  C3103: '{0} used but never defined',
  C3104: '{0} shift count {1}',
  C3105: 'overflow in enumeration values',
  C3106: 'comparison of integer expressions of different signedness: {0} and {1}',
  C3107: 'function returns address of local variable',
  C3108: 'initializer element is not computable at load time',
  C3109: 'pointer type mismatch in conditional expression',
  C3110: 'pointer/integer type mismatch in conditional expression',
  C3111: 'type mismatch in conditional expression (have {0} and {1})',
  C3112: "first argument to {0} not of type 'va_list' (have {1})",
  C3113: 'field {0} declared as a function',
  C3114: 'size of array {0} has non-integer type',
  C3115: 'size of array {0} is too large',
  C3116: "{0} has both 'extern' and initializer",
  C3117: 'file-scope declaration specifies {0}',
  C3118: 'typedef {0} is initialized',
  C3119: 'return type defaults to {0}',
  C3120: 'declaration for parameter {0} but no such parameter',
  C3121: "type of {0} defaults to 'int'",
  C3122: 'array of inappropriate type initialized from string constant',
  C3123: 'switch quantity not an integer',
  C3124: '{0} declared inside parameter list will not be visible outside of this definition or declaration',
  C3125: 'variably modified {0} at file scope',
  C3126: "storage size of {0} isn't constant",
  C3127: 'object with variably modified type must have no linkage',
  C3128: 'variable-sized object may not be initialized',
  C3129: 'jump into scope of identifier with variably modified type',
  C3130: 'switch jumps into scope of identifier with variably modified type',
  C3131: "'[*]' not allowed in other than function prototype scope",
  C3132: 'a member of a structure or union cannot have a variably modified type',
  C3133: 'label {0} defined here',
  C3134: '{0} declared here',
  C3135: 'switch starts here',
  C3136: 'compound literal has variable size',
  C3150: "'_Generic' selector of type {0} is not compatible with any association",
  C3151: 'use of undeclared identifier {0}; did you mean {1}?',
  C3152: 'include {0} or provide a declaration of {1}',
  C3153: '{0} has no member named {1}; did you mean {2}?',
  C3154: 'braced-group within expression allowed only inside a function',
  C3155: 'requested alignment {0} is not a positive power of 2',
  C3156: 'requested alignment {0} exceeds maximum 268435456',
  // code generator and driver
  C4001: '{0} is not supported',
  C4002: 'internal compiler error in the code generator: {0}',
  // driver (C49xx)
  C4901: "undefined reference to '{0}'",
  C4902: 'internal compiler error: the assembler rejected the generated code: {0}',
  C4903: '{0}',
  C4904: 'cannot read {0}',
  C4905: "multiple definition of '{0}'",
} as const;

/** A diagnostic code. */
export type CDiagnosticCode = keyof typeof messages;

/** How bad a diagnostic is: errors stop the compilation after the stage that found them. */
export type Severity = 'error' | 'warning' | 'note';

/** One message about the C source. */
export interface CDiagnostic {
  readonly severity: Severity;
  readonly code: CDiagnosticCode;
  readonly message: string;
  readonly at: CLocation;
  /** When `at` is in an included file: the `#include` lines that brought it in, innermost first. */
  readonly includedFrom?: readonly CLocation[];
}

/** Make a diagnostic from its code and arguments. */
export function cDiagnostic(
  severity: Severity,
  code: CDiagnosticCode,
  at: CLocation,
  ...args: string[]
): CDiagnostic {
  const message = messages[code].replace(/\{(\d)\}/g, (_, n: string) => args[Number(n)] ?? '');
  return { severity, code, message, at };
}

/** Thrown inside a stage to abandon it; the stage catches it and returns its diagnostics. */
export class CompileAbort extends Error {
  constructor(readonly diagnostic: CDiagnostic) {
    super(diagnostic.message);
  }
}

/** A file name as diagnostics show it: control characters escaped. */
function shownFile(name: string): string {
  return Array.from(name, (c) =>
    c < ' ' || c === '\x7f' ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : c,
  ).join('');
}

/** Whether two diagnostics come from the same chain of `#include` lines. */
function sameInclusion(a: CDiagnostic, b: CDiagnostic): boolean {
  const [x, y] = [a.includedFrom ?? [], b.includedFrom ?? []];
  return x.length === y.length && x.every((l, i) => l.file === y[i]!.file && l.line === y[i]!.line);
}

/**
 * Format a diagnostic as `file:line:col: error: message`, followed by the source line and a caret
 * when the source text of the file is known. A diagnostic in an included file comes after gcc's
 * `In file included from main.c:3:` lines, unless the `previous` diagnostic shown had the same ones.
 * A diagnostic about the whole program (a missing `main`) has line 0 and shows as `file: error: message`.
 */
export function formatCDiagnostic(d: CDiagnostic, sourceText?: string, previous?: CDiagnostic): string {
  const { line, column } = d.at;
  const file = shownFile(d.at.file);
  let text = '';
  const chain = d.includedFrom ?? [];
  if (chain.length > 0 && (previous === undefined || !sameInclusion(d, previous))) {
    chain.forEach((l, i) => {
      const last = i === chain.length - 1 ? ':' : ',';
      text += `${i === 0 ? 'In file included from' : '                 from'} ${shownFile(l.file)}:${l.line}${last}\n`;
    });
  }
  if (line === 0) return `${text}${file}: ${d.severity}: ${d.message}`;
  text += `${file}:${line}:${column}: ${d.severity}: ${d.message}`;
  const sourceLine = sourceText?.split('\n')[line - 1];
  if (sourceLine !== undefined) {
    const shown = sourceLine.replace(/\t/g, ' ').replace(/\r$/, '');
    text += `\n  ${shown}\n  ${' '.repeat(Math.max(0, column - 1))}^`;
  }
  return text;
}
