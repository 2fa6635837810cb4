// The C parser: preprocessed tokens to the untyped syntax tree of syntax.ts, by recursive descent. It
// tracks which names are typedef names in each scope (the only semantic knowledge C's grammar needs),
// recovers from syntax errors at the next `;` or `}` and bounds its own nesting.

import { cDiagnostic, type CDiagnostic, type CDiagnosticCode, type CLocation } from './diagnostics.js';
import { closestName, headerDeclaringType } from './hints.js';
import { keywordOf } from './keywords.js';
import type {
  AlignmentRequestSyntax,
  AssignOperatorSyntax,
  AttributesSyntax,
  BasicTypeWord,
  BinaryOperatorSyntax,
  DeclarationSyntax,
  DeclaratorSyntax,
  DesignatorSyntax,
  EnumeratorSyntax,
  ExpressionSyntax,
  ExternalSyntax,
  FunctionDefinitionSyntax,
  InitDeclaratorSyntax,
  InitializerSyntax,
  MemberDeclarationSyntax,
  MemberDeclaratorSyntax,
  ParameterSyntax,
  QualifierSyntax,
  SpecifiersSyntax,
  StatementSyntax,
  StaticAssertSyntax,
  StorageClass,
  TranslationUnitSyntax,
  TypeNameSyntax,
  TypeSpecifierSyntax,
} from './syntax.js';
import type { Token } from './token.js';

/** How deep parentheses, declarators, statements and initializer braces may nest (parser frames). */
const maxNesting = 512;
/** How deep an expression tree may grow through chains of operators (`a + b + c + ...`). */
const maxExpressionHeight = 1000;
/**
 * How long an `else if` chain or a run of `case` labels may be: they are read in a loop, but they still
 * make a nested tree that the later stages walk recursively.
 */
const maxChain = 4096;
/** Errors after which the parser stops. */
const maxErrors = 20;

const binaryPrecedence: Readonly<Record<string, number>> = {
  '||': 1,
  '&&': 2,
  '|': 3,
  '^': 4,
  '&': 5,
  '==': 6,
  '!=': 6,
  '<': 7,
  '>': 7,
  '<=': 7,
  '>=': 7,
  '<<': 8,
  '>>': 8,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '%': 10,
};

const assignOperators = new Set(['=', '*=', '/=', '%=', '+=', '-=', '<<=', '>>=', '&=', '^=', '|=']);
const basicWords = new Set([
  'void',
  'char',
  'short',
  'int',
  'long',
  'float',
  'double',
  'signed',
  'unsigned',
  '_Bool',
  '_Complex',
  '_Imaginary',
]);
const storageWords = new Set(['typedef', 'extern', 'static', 'auto', 'register']);
const noQualifiers: QualifierSyntax = { const: false, volatile: false };

/** Attributes as the parser collects them. */
type MutableAttributes = { aligned: AlignmentRequestSyntax[]; packed: boolean; noinline: boolean };

function emptyAttributes(): MutableAttributes {
  return { aligned: [], packed: false, noinline: false };
}

/** Thrown to abandon the construct being parsed; the nearest recovery point catches it. */
class ParseError extends Error {}
/** Thrown to stop parsing altogether (too many errors). */
class ParseStop extends Error {}
/**
 * Thrown where a function definition starts a line inside a function body: a `}` is missing (reported). The function body's block ends before `pos`; `exact` while no inner block was cut short.
 */
class FunctionBodyEnd extends Error {
  exact = true;
  /** The `{` of the innermost block cut short: the `}` most likely missing is its own. */
  open: CLocation | undefined = undefined;
  constructor(
    readonly pos: number,
    readonly reported: boolean,
  ) {
    super('function body ends');
  }
}

/**
 * Parse a translation unit. Never throws; syntax errors are diagnostics and the tree has what parsed.
 * `complete` says the tree is the whole program even so: every error was a missing `;` or `}` that
 * the parser went on without, as if it were there, so the tree can be checked like a correct one.
 */
export function parse(
  tokens: readonly Token[],
  /** The ranges of tokens under `#pragma pack(1)` (PreprocessResult's `packed`). */
  packed: readonly (readonly [number, number])[] = [],
): {
  syntax: TranslationUnitSyntax;
  diagnostics: CDiagnostic[];
  complete: boolean;
} {
  const parser = new Parser(tokens, packed);
  const externals = parser.parseTranslationUnit();
  const errors = parser.diagnostics.filter((d) => d.severity === 'error').length;
  return {
    syntax: { externals, end: parser.endLocation() },
    diagnostics: parser.diagnostics,
    complete: errors === parser.repairedErrors,
  };
}

class Parser {
  readonly diagnostics: CDiagnostic[] = [];
  private readonly tokens: readonly Token[];
  private pos = 0;
  /** Each scope maps a name to whether it is a typedef name there. */
  private readonly scopes: Map<string, boolean>[] = [new Map()];
  private depth = 0;
  private errors = 0;
  /** Errors about a missing `;` or `}` that parsing went on without (the tree is as if it were there). */
  repairedErrors = 0;
  /** Where the current block item starts (a declaration there may begin a function after a missing `}`). */
  private blockItemStart = -1;
  /** The next block is the body of an `if`: an `else` inside it means its `}` is missing. */
  private thenBlockNext = false;
  /** The struct, union and enum tags seen, with their keyword (for `point p;` meaning `struct point p;`). */
  private readonly tags = new Map<string, string>();
  /** No error is reported at or before this token index (the tokens right after a recovery). */
  private quietUntil = -1;
  private errorAtEnd = false;
  private quietUntilExternal = false;
  /** The specifiers just read ended a struct, union or enum definition whose `;` is missing (reported). */
  private definitionUnended = false;
  /** The attributes of the declarator being parsed (see `takeDeclaratorAttributes`). */
  private declaratorAttributes = emptyAttributes();
  private readonly heights = new WeakMap<ExpressionSyntax, number>();

  constructor(
    tokens: readonly Token[],
    private readonly packed: readonly (readonly [number, number])[] = [],
  ) {
    const last = tokens[tokens.length - 1];
    if (last === undefined || last.kind !== 'eof') {
      const at = last?.at ?? { file: '<input>', line: 1, column: 1 };
      this.tokens = [...tokens, { kind: 'eof', text: '', at, spaceBefore: false, lineStart: false }];
    } else {
      this.tokens = tokens;
    }
  }

  endLocation(): CLocation {
    return this.tokens[this.tokens.length - 1]!.at;
  }

  // ---- tokens ----

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.pos++;
    return token;
  }

  /** Whether the current token is the punctuator `text`. */
  private is(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'punctuator' && token.text === text;
  }

  /** Whether the token is the keyword `word` (in any of its spellings). */
  private isKeyword(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'identifier' && keywordOf(token.text) === word;
  }

  private accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.pos++;
    return true;
  }

  private acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.pos++;
    return true;
  }

  /** The `;` of a declaration, or its absence after a definition that parseSpecifiers reported. */
  private acceptDeclarationEnd(): boolean {
    if (this.accept(';')) return true;
    const unended = this.definitionUnended;
    this.definitionUnended = false;
    return unended;
  }

  private expect(text: string): Token {
    if (this.is(text)) return this.next();
    return this.failExpected(`'${text}'`);
  }

  /** An identifier that is not a keyword. */
  private isName(offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'identifier' && keywordOf(token.text) === undefined;
  }

  private expectName(): Token {
    if (this.isName()) return this.next();
    return this.failExpected('identifier');
  }

  // ---- diagnostics ----

  /** Report a diagnostic (unless it would only repeat an earlier error); whether it was reported. */
  private report(
    severity: 'error' | 'warning' | 'note',
    code: CDiagnosticCode,
    at: CLocation,
    ...args: string[]
  ): boolean {
    if (severity === 'error') {
      if (this.pos <= this.quietUntil || this.quietUntilExternal) return false;
      // At the end of the input, the first error says it all: the unclosed braces would only repeat it.
      if (this.peek().kind === 'eof') {
        if (this.errorAtEnd) return false;
        this.errorAtEnd = true;
      }
      this.errors++;
      if (this.errors > maxErrors) {
        this.diagnostics.push(cDiagnostic('error', 'C2005', at));
        throw new ParseStop();
      }
    }
    this.diagnostics.push(cDiagnostic(severity, code, at, ...args));
    return true;
  }

  /** Report a missing `;` or `}` that parsing goes on without, as if it were there. */
  private reportRepaired(code: CDiagnosticCode, at: CLocation, ...args: string[]): void {
    if (this.report('error', code, at, ...args)) this.repairedErrors++;
  }

  private fail(code: CDiagnosticCode, at: CLocation, ...args: string[]): never {
    this.report('error', code, at, ...args);
    throw new ParseError();
  }

  /**
   * The `;` that ends a declaration or statement. When it is missing before a `}` or at the end of a
   * line, report it and go on as if it were there (as gcc does), so that the next line parses normally.
   */
  private expectEnd(what: string): void {
    if (this.accept(';')) return;
    const token = this.peek();
    if (token.kind !== 'eof' && (token.lineStart || (token.kind === 'punctuator' && token.text === '}'))) {
      const at = token.lineStart ? (this.afterPrevious() ?? token.at) : token.at;
      this.reportRepaired('C2001', at, what, describe(token));
      return;
    }
    this.failExpected(what);
  }

  /**
   * `expected X before Y`, placed where X goes, after the previous token, when X is one closing token or
   * Y starts another line (as gcc).
   */
  private failExpected(what: string): never {
    const token = this.peek();
    if (token.kind === 'eof') this.fail('C2002', this.afterPrevious() ?? token.at, what);
    const closing = /'[;)\]},:]'$/.test(what) && (token.lineStart || /^'.'$/.test(what));
    const at = closing ? (this.afterPrevious() ?? token.at) : token.at;
    this.fail('C2001', at, what, describe(token));
  }

  /** Just after the previous token; at the macro invocation when it and the next token come from one. */
  private afterPrevious(): CLocation | undefined {
    const previous = this.pos > 0 ? this.tokens[this.pos - 1] : undefined;
    if (previous === undefined) return undefined;
    const next = this.peek().at;
    const { at } = previous;
    if (at.file === next.file && at.line === next.line && at.column === next.column) return at;
    return { ...at, column: at.column + previous.text.length };
  }

  /** `foo_t x`: a name that is not a type followed by a declarator is an unknown type name (gcc's wording). */
  private checkUnknownTypeName(): void {
    const token = this.peek();
    if (!this.isName() || this.isTypedefName(token.text)) return;
    const next = this.peek(1);
    const declaratorFollows =
      (next.kind === 'identifier' && keywordOf(next.text) === undefined) ||
      (next.kind === 'punctuator' &&
        next.text === '*' &&
        !this.isDeclared(token.text) &&
        this.isName(2) &&
        /^[;,=)[]$/.test(this.peek(3).text));
    if (!declaratorFollows) return;
    const tagKind = this.tags.get(token.text);
    if (tagKind !== undefined) this.fail('C2014', token.at, `'${token.text}'`, `'${tagKind}'`);
    const header = headerDeclaringType(token.text);
    const similar = header === undefined ? this.similarTypeName(token.text) : undefined;
    if (similar === undefined) this.report('error', 'C2008', token.at, `'${token.text}'`);
    else this.report('error', 'C2011', token.at, `'${token.text}'`, `'${similar}'`);
    if (header !== undefined) this.report('note', 'C2012', token.at, token.text, header);
    throw new ParseError();
  }

  /** The type name a misspelt one probably meant (gcc's "did you mean"), if one is close enough. */
  private similarTypeName(name: string): string | undefined {
    const candidates = [...basicWords, 'struct', 'union', 'enum', 'const'];
    for (const scope of this.scopes)
      for (const [typedefName, isTypedef] of scope) if (isTypedef) candidates.push(typedefName);
    return closestName(name, candidates);
  }

  private enter(): void {
    if (++this.depth > maxNesting) this.tooDeep();
  }

  private tooDeep(): never {
    this.depth = 0;
    this.report('error', 'C2004', this.peek().at);
    // Unwinding out of the deep construct would report every line after it: stay quiet until the next
    // external declaration.
    this.quietUntilExternal = true;
    throw new ParseError();
  }

  private leave(): void {
    this.depth--;
  }

  /**
   * Skip to a point where parsing can resume: just after a `;` or a `{...}` group at this level, or
   * before a `}` that closes the enclosing block.
   */
  private recover(depthAtStart: number): void {
    this.depth = depthAtStart;
    let nesting = 0;
    for (;;) {
      const token = this.peek();
      if (token.kind === 'eof') break;
      if (token.kind === 'punctuator') {
        if (token.text === ';' && nesting === 0) {
          this.pos++;
          // `a[N;];` with N a macro ending in `;`: the closers left on the line after it are the same error.
          const line = token.at.line;
          let end = this.pos;
          while (/^[)\]]$/.test(this.tokens[end]!.text) && this.tokens[end]!.at.line === line) end++;
          if (end > this.pos && this.tokens[end]!.text === ';' && this.tokens[end]!.at.line === line)
            this.pos = end + 1;
          break;
        }
        if (token.text === '{' || token.text === '(' || token.text === '[') nesting++;
        else if (token.text === '}' || token.text === ')' || token.text === ']') {
          if (nesting === 0) {
            if (token.text === '}') break;
          } else {
            nesting--;
            if (nesting === 0 && token.text === '}') {
              this.pos++;
              if (this.is(';')) this.pos++;
              // What follows a skipped `{...}` (`} x;` of a bad struct) would only cascade.
              this.quietUntil = this.pos;
              break;
            }
          }
        }
      }
      this.pos++;
    }
  }

  // ---- scopes ----

  private pushScope(): void {
    this.scopes.push(new Map());
  }

  private popScope(): void {
    if (this.scopes.length > 1) this.scopes.pop();
  }

  private declare(name: string | undefined, isTypedef: boolean): void {
    if (name !== undefined) this.scopes[this.scopes.length - 1]!.set(name, isTypedef);
  }

  private isDeclared(name: string): boolean {
    return this.scopes.some((scope) => scope.has(name));
  }

  private isTypedefName(name: string): boolean {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const entry = this.scopes[i]!.get(name);
      if (entry !== undefined) return entry;
    }
    return false;
  }

  // ---- classification ----

  /** Whether the token at `offset` can start a type name (specifiers and qualifiers, no storage class). */
  private isTypeStart(offset = 0): boolean {
    const token = this.peek(offset);
    if (token.kind !== 'identifier') return false;
    const word = keywordOf(token.text);
    if (word === undefined) return this.isTypedefName(token.text);
    return (
      basicWords.has(word) ||
      word === 'const' ||
      word === 'volatile' ||
      word === 'restrict' ||
      word === 'struct' ||
      word === 'union' ||
      word === 'enum' ||
      word === '__builtin_va_list' ||
      word === 'typeof' ||
      word === '_Atomic' ||
      word === '_Alignas' ||
      word === '__attribute__' ||
      (word === '__extension__' && this.isTypeStart(offset + 1))
    );
  }

  /** Whether the token at `offset` can start a declaration. */
  private isDeclarationStart(offset = 0): boolean {
    const token = this.peek(offset);
    if (token.kind !== 'identifier') return false;
    const word = keywordOf(token.text);
    if (word === undefined) return this.isTypedefName(token.text) && !this.is(':', offset + 1);
    return (
      this.isTypeStart(offset) ||
      storageWords.has(word) ||
      word === 'inline' ||
      word === '_Noreturn' ||
      word === '_Thread_local' ||
      word === '_Static_assert' ||
      (word === '__extension__' && this.isDeclarationStart(offset + 1))
    );
  }

  // ---- translation unit and external declarations ----

  parseTranslationUnit(): ExternalSyntax[] {
    const externals: ExternalSyntax[] = [];
    try {
      while (this.peek().kind !== 'eof') {
        const depth = this.depth;
        this.quietUntilExternal = false;
        try {
          const external = this.parseExternal();
          if (external !== undefined) externals.push(external);
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
          this.scopes.length = 1;
          this.recover(depth);
          if (this.is('}')) this.pos++;
        }
      }
    } catch (error) {
      if (error instanceof ParseStop) return externals;
      const message = error instanceof Error ? error.message : String(error);
      const at = this.peek().at;
      // A JavaScript stack overflow despite the nesting limits, or a bug: report it, never crash.
      this.diagnostics.push(
        error instanceof RangeError
          ? cDiagnostic('error', 'C2004', at)
          : cDiagnostic('error', 'C2006', at, message),
      );
    }
    return externals;
  }

  private parseExternal(): ExternalSyntax | undefined {
    while (this.acceptKeyword('__extension__'));
    if (this.isKeyword('asm')) this.fail('C2003', this.peek().at, "'asm' statements");
    if (this.isKeyword('_Static_assert')) return this.parseStaticAssert();
    if (this.accept(';')) return undefined; // an empty declaration, which gcc accepts
    const at = this.peek().at;
    this.checkUnknownTypeName();
    const specifiers = this.parseSpecifiers(true);
    if (specifiers.typeSpecifiers.length === 0) this.checkUnknownTypeName();
    if (this.acceptDeclarationEnd()) return { kind: 'declaration', specifiers, declarators: [], at };
    if (
      specifiers.typeSpecifiers.length === 0 &&
      specifiers.storage.length === 0 &&
      !specifiers.inline &&
      !this.isName() &&
      !this.is('*') &&
      !this.is('(')
    ) {
      this.failExpected("identifier or '('");
    }
    this.takeDeclaratorAttributes();
    const declarator = this.parseDeclarator('named');
    const fn = functionDeclaratorOf(declarator);
    if (fn !== undefined && (this.is('{') || (fn.identifiers.length > 0 && this.isDeclarationStart()))) {
      return this.parseFunctionDefinition(specifiers, declarator, fn, at);
    }
    return this.parseDeclarationRest(specifiers, declarator, at);
  }

  private parseFunctionDefinition(
    specifiers: SpecifiersSyntax,
    declarator: DeclaratorSyntax,
    fn: DeclaratorSyntax & { kind: 'function' },
    at: CLocation,
  ): FunctionDefinitionSyntax {
    this.declare(declaratorName(declarator), false);
    this.pushScope();
    try {
      for (const parameter of fn.parameters) this.declare(declaratorName(parameter.declarator), false);
      for (const identifier of fn.identifiers) this.declare(identifier.name, false);
      const oldStyleDeclarations: DeclarationSyntax[] = [];
      while (!this.is('{') && this.peek().kind !== 'eof') {
        const declarationAt = this.peek().at;
        if (!this.isDeclarationStart()) this.failExpected("'{'");
        const declaration = this.parseDeclaration(declarationAt);
        if (declaration.kind === 'declaration') oldStyleDeclarations.push(declaration);
      }
      const body = this.parseBlock('function');
      return {
        kind: 'functionDefinition',
        specifiers,
        declarator,
        oldStyleDeclarations,
        body,
        at,
        end: body.end,
      };
    } finally {
      this.popScope();
    }
  }

  /** A declaration, from its specifiers to its `;` (also `_Static_assert`). */
  private parseDeclaration(at: CLocation): DeclarationSyntax | StaticAssertSyntax {
    while (this.acceptKeyword('__extension__'));
    if (this.isKeyword('_Static_assert')) return this.parseStaticAssert();
    const start = this.pos;
    const specifiers = this.parseSpecifiers(true);
    if (this.acceptDeclarationEnd()) return { kind: 'declaration', specifiers, declarators: [], at };
    this.takeDeclaratorAttributes();
    const declarator = this.parseDeclarator('named');
    if (this.is('{') && functionDeclaratorOf(declarator) !== undefined) {
      // A definition at the start of a line in a function body: the body's `}` is missing before it.
      const first = this.tokens[start]!;
      if (start === this.blockItemStart && first.lineStart && first.at.column === 1) {
        this.pos = start;
        const reported = this.report(
          'error',
          'C2001',
          this.afterPrevious() ?? first.at,
          "'}'",
          describe(first),
        );
        throw new FunctionBodyEnd(start, reported);
      }
      this.fail('C2003', this.peek().at, 'nested functions');
    }
    return this.parseDeclarationRest(specifiers, declarator, at);
  }

  private parseDeclarationRest(
    specifiers: SpecifiersSyntax,
    first: DeclaratorSyntax,
    at: CLocation,
  ): DeclarationSyntax {
    const isTypedef = specifiers.storage.some((s) => s.word === 'typedef');
    const declarators: InitDeclaratorSyntax[] = [];
    let declarator = first;
    for (;;) {
      this.skipAttributesAndAsm();
      const attributes = this.takeDeclaratorAttributes();
      this.declare(declaratorName(declarator), isTypedef);
      let initializer: InitializerSyntax | undefined;
      if (this.accept('=')) initializer = this.parseInitializer();
      declarators.push({ declarator, initializer, attributes, at: declarator.at });
      if (!this.accept(',')) break;
      declarator = this.parseDeclarator('named');
    }
    this.expectEnd(declarators.length > 0 ? "',' or ';'" : "';'");
    return { kind: 'declaration', specifiers, declarators, at };
  }

  private parseStaticAssert(): StaticAssertSyntax {
    const at = this.next().at;
    this.expect('(');
    const condition = this.parseConditional();
    let message: string[] | undefined;
    if (this.accept(',')) {
      message = [];
      if (this.peek().kind !== 'string') this.failExpected('string literal');
      while (this.peek().kind === 'string') message.push(this.next().text);
    }
    this.expect(')');
    this.expectEnd("';'");
    return { kind: 'staticAssert', condition, message, at };
  }

  // ---- specifiers ----

  /**
   * Declaration specifiers. In a declaration (`declaration`), a struct, union or enum definition followed
   * by what starts another declaration (`struct s { ... }` then `int main(void)`) lacks its `;`: that is
   * reported after its `}` and the specifiers end there, as if the `;` were there (definitionUnended).
   */
  private parseSpecifiers(declaration = false): SpecifiersSyntax {
    const at = this.peek().at;
    const storage: { word: StorageClass; at: CLocation }[] = [];
    const typeSpecifiers: TypeSpecifierSyntax[] = [];
    let isConst = false;
    let isVolatile = false;
    let inline = false;
    const attributes = emptyAttributes();
    /** Where a definition in these specifiers ends, and what was read before it, to go back to. */
    let definition:
      | {
          kind: string;
          end: CLocation;
          pos: number;
          storage: number;
          const: boolean;
          volatile: boolean;
          inline: boolean;
        }
      | undefined;
    this.definitionUnended = false;
    const endDefinition = (): void => {
      const d = definition!;
      this.reportRepaired('C2009', d.end, d.kind);
      this.pos = d.pos;
      storage.length = d.storage;
      isConst = d.const;
      isVolatile = d.volatile;
      inline = d.inline;
      this.definitionUnended = true;
    };
    this.enter();
    for (;;) {
      const token = this.peek();
      if (token.kind === 'eof' && definition !== undefined && declaration) {
        endDefinition();
        break;
      }
      if (token.kind !== 'identifier') break;
      const word = keywordOf(token.text);
      if (word === undefined) {
        // `struct s { ... }` then `name_t x;` on the next line.
        if (
          definition !== undefined &&
          declaration &&
          token.lineStart &&
          this.isTypedefName(token.text) &&
          (this.isName(1) || this.is('*', 1))
        ) {
          endDefinition();
          break;
        }
        if (typeSpecifiers.length > 0 || !this.isTypedefName(token.text)) break;
        this.next();
        typeSpecifiers.push({ kind: 'typedefName', name: token.text, at: token.at });
        continue;
      }
      if (word === '__attribute__') {
        this.parseAttributes(attributes);
        continue;
      }
      if (storageWords.has(word)) {
        this.next();
        storage.push({ word: word as StorageClass, at: token.at });
      } else if (word === 'const') {
        this.next();
        isConst = true;
      } else if (word === 'volatile') {
        this.next();
        isVolatile = true;
      } else if (word === 'restrict' || word === '__extension__' || word === '_Thread_local') {
        this.next();
      } else if (word === 'inline' || word === '_Noreturn') {
        this.next();
        if (word === 'inline') inline = true;
      } else if (
        basicWords.has(word) ||
        word === 'struct' ||
        word === 'union' ||
        word === 'enum' ||
        word === 'typeof' ||
        word === '__builtin_va_list'
      ) {
        if (definition !== undefined && declaration) {
          endDefinition();
          break;
        }
        // `struct s { ... } int x;`: the `;` after a definition is missing (gcc's wording).
        if (typeSpecifiers.some(definesBody)) this.failExpected("';', identifier or '('");
        if (word === 'struct' || word === 'union' || word === 'enum') {
          const specifier = word === 'enum' ? this.parseEnum() : this.parseRecord();
          typeSpecifiers.push(specifier);
          if (definesBody(specifier)) {
            definition = {
              kind: word,
              end: this.afterPrevious() ?? specifier.at,
              pos: this.pos,
              storage: storage.length,
              const: isConst,
              volatile: isVolatile,
              inline,
            };
          }
        } else if (word === 'typeof') typeSpecifiers.push(this.parseTypeof());
        else if (word === '__builtin_va_list') typeSpecifiers.push({ kind: 'vaList', at: this.next().at });
        else typeSpecifiers.push({ kind: 'basic', word: word as BasicTypeWord, at: this.next().at });
      } else if (word === '_Atomic') {
        this.fail('C2003', token.at, "'_Atomic' types");
      } else if (word === '_Alignas') {
        this.next();
        this.expect('(');
        attributes.aligned.push(
          this.isTypeStart()
            ? { kind: 'type', typeName: this.parseTypeName(), at: token.at }
            : { kind: 'expression', expression: this.parseConditional(), at: token.at },
        );
        this.expect(')');
      } else {
        break;
      }
    }
    this.leave();
    return {
      storage,
      typeSpecifiers,
      qualifiers: { const: isConst, volatile: isVolatile },
      inline,
      attributes,
      at,
    };
  }

  private parseTypeof(): TypeSpecifierSyntax {
    const at = this.next().at;
    this.expect('(');
    let result: TypeSpecifierSyntax;
    if (this.isTypeStart()) result = { kind: 'typeofType', typeName: this.parseTypeName(), at };
    else result = { kind: 'typeofExpression', expression: this.parseExpression(), at };
    this.expect(')');
    return result;
  }

  private parseRecord(): TypeSpecifierSyntax {
    const index = this.pos;
    const keyword = this.next();
    const tagKind = keywordOf(keyword.text) as 'struct' | 'union';
    const attributes = emptyAttributes();
    // Defined under `#pragma pack(1)`: packed, as `__attribute__((packed))` would make it.
    if (this.packed.some(([from, to]) => index >= from && index < to)) attributes.packed = true;
    this.parseAttributes(attributes);
    let tag: string | undefined;
    let tagAt = keyword.at;
    if (this.isName()) {
      const name = this.next();
      tag = name.text;
      tagAt = name.at;
      this.tags.set(tag, tagKind);
    }
    if (!this.is('{')) {
      if (tag === undefined) this.failExpected("'{'");
      return { kind: 'record', tagKind, tag, members: undefined, at: keyword.at, tagAt, attributes };
    }
    this.next();
    const members: MemberDeclarationSyntax[] = [];
    while (!this.is('}')) {
      if (this.peek().kind === 'eof') this.failExpected("'}'");
      const depth = this.depth;
      try {
        const member = this.parseMemberDeclaration();
        if (member !== undefined) members.push(member);
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        this.recover(depth);
      }
    }
    this.next();
    this.parseAttributes(attributes);
    return { kind: 'record', tagKind, tag, members, at: keyword.at, tagAt, attributes };
  }

  private parseMemberDeclaration(): MemberDeclarationSyntax | undefined {
    while (this.acceptKeyword('__extension__'));
    if (this.isKeyword('_Static_assert')) return this.parseStaticAssert();
    if (this.accept(';')) return undefined;
    const at = this.peek().at;
    const specifiers = this.parseSpecifiers(true);
    if (
      specifiers.typeSpecifiers.length === 0 &&
      !specifiers.qualifiers.const &&
      !specifiers.qualifiers.volatile
    ) {
      this.failExpected('specifier-qualifier-list');
    }
    if (this.definitionUnended) {
      this.definitionUnended = false;
      return { kind: 'members', specifiers, declarators: [], at };
    }
    const declarators: MemberDeclaratorSyntax[] = [];
    if (!this.is(';')) {
      for (;;) {
        this.takeDeclaratorAttributes();
        const declarator: DeclaratorSyntax = this.is(':')
          ? { kind: 'name', name: undefined, at: this.peek().at }
          : this.parseDeclarator('named');
        let bitWidth: ExpressionSyntax | undefined;
        if (this.accept(':')) bitWidth = this.parseConditional();
        this.skipAttributes();
        const attributes = this.takeDeclaratorAttributes();
        declarators.push({ declarator, bitWidth, attributes, at: declarator.at });
        if (!this.accept(',')) break;
      }
    }
    this.expectEnd("';'");
    return { kind: 'members', specifiers, declarators, at };
  }

  private parseEnum(): TypeSpecifierSyntax {
    const keyword = this.next();
    this.skipAttributes();
    let tag: string | undefined;
    let tagAt = keyword.at;
    if (this.isName()) {
      const name = this.next();
      tag = name.text;
      tagAt = name.at;
      this.tags.set(tag, 'enum');
    }
    if (!this.is('{')) {
      if (tag === undefined) this.failExpected("'{'");
      return { kind: 'enum', tag, enumerators: undefined, at: keyword.at, tagAt };
    }
    this.next();
    const enumerators: EnumeratorSyntax[] = [];
    while (!this.is('}')) {
      const name = this.expectName();
      this.skipAttributes();
      let value: ExpressionSyntax | undefined;
      if (this.accept('=')) value = this.parseConditional();
      this.declare(name.text, false);
      enumerators.push({ name: name.text, value, at: name.at });
      if (!this.accept(',')) {
        if (!this.is('}')) this.failExpected("',' or '}'");
        break;
      }
    }
    this.next();
    this.skipAttributes();
    return { kind: 'enum', tag, enumerators, at: keyword.at, tagAt };
  }

  /**
   * Any number of `__attribute__((...))` in or after a declarator: `aligned` and `packed` go to the
   * declarator's attributes (`takeDeclaratorAttributes`), others are skipped.
   */
  private skipAttributes(): void {
    this.parseAttributes(this.declaratorAttributes);
  }

  /** The attributes of the declarator just parsed, starting afresh for the next one. */
  private takeDeclaratorAttributes(): AttributesSyntax {
    const attributes = this.declaratorAttributes;
    this.declaratorAttributes = emptyAttributes();
    return attributes;
  }

  /** Any number of `__attribute__((...))`, keeping `aligned`, `packed` and `noinline` in `into`. */
  private parseAttributes(into: MutableAttributes): void {
    while (this.isKeyword('__attribute__')) {
      this.next();
      this.expect('(');
      this.expect('(');
      while (!this.accept(')')) {
        if (this.accept(',')) continue;
        const token = this.peek();
        if (token.kind !== 'identifier') this.failExpected('attribute name');
        this.next();
        const name = token.text.replace(/^__(.*)__$/, '$1');
        if (name === 'aligned' && this.accept('(')) {
          into.aligned.push({ kind: 'expression', expression: this.parseConditional(), at: token.at });
          this.expect(')');
        } else if (name === 'aligned') {
          into.aligned.push({ kind: 'largest', at: token.at });
        } else {
          if (name === 'packed') into.packed = true;
          if (name === 'noinline') into.noinline = true;
          if (this.accept('(')) this.skipBalanced(')');
        }
      }
      this.expect(')');
    }
  }

  private skipAttributesAndAsm(): void {
    this.skipAttributes();
    if (this.isKeyword('asm')) this.fail('C2003', this.peek().at, "'asm' labels");
  }

  /** Skip tokens up to and including the `close` that balances an already consumed opener. */
  private skipBalanced(close: string): void {
    let nesting = 0;
    for (;;) {
      const token = this.peek();
      if (token.kind === 'eof') this.failExpected(`'${close}'`);
      this.next();
      if (token.kind !== 'punctuator') continue;
      if (token.text === '(' || token.text === '[' || token.text === '{') nesting++;
      else if (token.text === ')' || token.text === ']' || token.text === '}') {
        if (nesting === 0) return;
        nesting--;
      }
    }
  }

  // ---- declarators ----

  /**
   * A declarator. `named` requires a name (declarations), `abstract` forbids one (type names),
   * `either` allows both (parameters).
   */
  private parseDeclarator(mode: 'named' | 'abstract' | 'either'): DeclaratorSyntax {
    this.enter();
    try {
      this.skipAttributes();
      if (this.is('*')) {
        const at = this.next().at;
        const qualifiers = this.parseQualifiers();
        const inner = this.parseDeclarator(mode);
        return { kind: 'pointer', qualifiers, inner, at };
      }
      return this.parseDirectDeclarator(mode);
    } finally {
      this.leave();
    }
  }

  private parseQualifiers(): QualifierSyntax {
    let isConst = false;
    let isVolatile = false;
    for (;;) {
      if (this.acceptKeyword('const')) isConst = true;
      else if (this.acceptKeyword('volatile')) isVolatile = true;
      else if (this.acceptKeyword('restrict')) continue;
      else if (this.isKeyword('__attribute__')) this.skipAttributes();
      else if (this.isKeyword('_Atomic')) this.fail('C2003', this.peek().at, "'_Atomic' types");
      else break;
    }
    return isConst || isVolatile ? { const: isConst, volatile: isVolatile } : noQualifiers;
  }

  private parseDirectDeclarator(mode: 'named' | 'abstract' | 'either'): DeclaratorSyntax {
    let declarator: DeclaratorSyntax;
    const token = this.peek();
    if (mode !== 'abstract' && this.isName()) {
      this.next();
      declarator = { kind: 'name', name: token.text, at: token.at };
    } else if (this.is('(') && (mode === 'named' || !this.isParameterListAfterParenthesis())) {
      this.next();
      declarator = this.parseDeclarator(mode);
      this.expect(')');
    } else if (mode !== 'named') {
      declarator = { kind: 'name', name: undefined, at: token.at };
    } else {
      this.failExpected("identifier or '('");
    }
    for (;;) {
      if (this.is('[')) {
        declarator = this.parseArraySuffix(declarator);
      } else if (this.is('(')) {
        declarator = this.parseFunctionSuffix(declarator);
      } else if (this.isKeyword('__attribute__')) {
        this.skipAttributes();
      } else {
        return declarator;
      }
    }
  }

  /** In an abstract declarator, `(` starts a parameter list when a type or `)` follows. */
  private isParameterListAfterParenthesis(): boolean {
    return (
      this.is(')', 1) || this.is('...', 1) || (this.isTypeStart(1) && !this.isKeyword('__attribute__', 1))
    );
  }

  private parseArraySuffix(inner: DeclaratorSyntax): DeclaratorSyntax {
    const at = this.next().at;
    let isStatic = this.acceptKeyword('static');
    const qualifiers = this.parseQualifiers();
    if (this.acceptKeyword('static')) isStatic = true;
    let star = false;
    let length: ExpressionSyntax | undefined;
    if (this.is('*') && this.is(']', 1)) {
      this.next();
      star = true;
    } else if (!this.is(']')) {
      length = this.parseAssignment();
    }
    this.expect(']');
    return { kind: 'array', inner, length, star, qualifiers, isStatic, at };
  }

  private parseFunctionSuffix(inner: DeclaratorSyntax): DeclaratorSyntax {
    const at = this.next().at;
    const parameters: ParameterSyntax[] = [];
    const identifiers: { name: string; at: CLocation }[] = [];
    let variadic = false;
    let prototyped = true;
    if (this.accept(')')) {
      return { kind: 'function', inner, parameters, variadic, prototyped: false, identifiers, at };
    }
    if (this.isKeyword('void') && this.is(')', 1)) {
      this.next();
      this.next();
      return { kind: 'function', inner, parameters, variadic, prototyped, identifiers, at };
    }
    this.checkUnknownTypeName();
    if (this.isName() && !this.isTypedefName(this.peek().text)) {
      // An old-style identifier list: f(a, b).
      prototyped = false;
      for (;;) {
        const name = this.expectName();
        identifiers.push({ name: name.text, at: name.at });
        if (!this.accept(',')) break;
      }
      this.expect(')');
      return { kind: 'function', inner, parameters, variadic, prototyped, identifiers, at };
    }
    this.pushScope();
    const outerAttributes = this.declaratorAttributes;
    try {
      for (;;) {
        if (this.accept('...')) {
          variadic = true;
          break;
        }
        const parameterAt = this.peek().at;
        // `int f(int a, b)`: a name alone among declarations is an unknown type name (as gcc says).
        if (this.isName() && !this.isTypedefName(this.peek().text) && (this.is(',', 1) || this.is(')', 1)))
          this.fail('C2008', parameterAt, `'${this.peek().text}'`);
        if (!this.isDeclarationStart()) this.failExpected("declaration specifiers or '...'");
        const specifiers = this.parseSpecifiers();
        const declarator = this.parseDeclarator('either');
        this.skipAttributes();
        this.declare(declaratorName(declarator), false);
        parameters.push({ specifiers, declarator, at: parameterAt });
        if (!this.accept(',')) break;
      }
      this.expect(')');
    } finally {
      this.popScope();
      this.declaratorAttributes = outerAttributes;
    }
    return { kind: 'function', inner, parameters, variadic, prototyped, identifiers, at };
  }

  /** `_Generic ( assignment-expression , type-name : assignment-expression , ... )` (C11 6.5.1.1). */
  private parseGeneric(): ExpressionSyntax {
    const at = this.next().at;
    this.expect('(');
    const control = this.parseAssignment();
    const associations: (ExpressionSyntax & { kind: 'generic' })['associations'][number][] = [];
    do {
      this.expect(',');
      const associationAt = this.peek().at;
      const typeName = this.acceptKeyword('default') ? undefined : this.parseTypeName();
      this.expect(':');
      associations.push({ typeName, expression: this.parseAssignment(), at: associationAt });
    } while (this.is(','));
    this.expect(')');
    return { kind: 'generic', control, associations, at };
  }

  private parseTypeName(): TypeNameSyntax {
    const at = this.peek().at;
    const specifiers = this.parseSpecifiers();
    if (
      specifiers.typeSpecifiers.length === 0 &&
      !specifiers.qualifiers.const &&
      !specifiers.qualifiers.volatile
    ) {
      this.failExpected('type name');
    }
    const declarator = this.parseDeclarator('abstract');
    return { specifiers, declarator, at };
  }

  // ---- initializers ----

  private parseInitializer(): InitializerSyntax {
    if (this.is('{')) return this.parseInitializerList();
    const at = this.peek().at;
    return { kind: 'expression', expression: this.parseAssignment(), at };
  }

  private parseInitializerList(): InitializerSyntax & { kind: 'list' } {
    this.enter();
    try {
      const at = this.expect('{').at;
      const items: { designators: DesignatorSyntax[]; initializer: InitializerSyntax; at: CLocation }[] = [];
      while (!this.is('}')) {
        const itemAt = this.peek().at;
        const designators: DesignatorSyntax[] = [];
        if (this.isName() && this.is(':', 1)) {
          // The obsolete gcc form `name: value`.
          const name = this.next();
          this.next();
          designators.push({ kind: 'member', name: name.text, at: name.at });
        } else {
          for (;;) {
            if (this.is('.')) {
              this.next();
              const name = this.expectName();
              designators.push({ kind: 'member', name: name.text, at: name.at });
            } else if (this.is('[')) {
              const designatorAt = this.next().at;
              const index = this.parseConditional();
              let last: ExpressionSyntax | undefined;
              if (this.accept('...')) last = this.parseConditional();
              this.expect(']');
              designators.push({ kind: 'index', index, last, at: designatorAt });
            } else {
              break;
            }
          }
          if (designators.length > 0) {
            const onlyIndex = designators.length === 1 && designators[0]!.kind === 'index';
            if (!(onlyIndex && !this.is('='))) this.expect('=');
          }
        }
        const initializer = this.parseInitializer();
        items.push({ designators, initializer, at: itemAt });
        if (!this.accept(',')) {
          if (!this.is('}')) this.failExpected("',' or '}'");
          break;
        }
      }
      const end = this.next().at;
      return { kind: 'list', items, at, end };
    } finally {
      this.leave();
    }
  }

  // ---- statements ----

  /**
   * A compound statement. A missing `}` is reported with a note at the `{`, and repaired where it is
   * plain: before an `else` in the body of an `if`, and before a function definition that starts a line
   * (the function body then ends there).
   */
  private parseBlock(role: 'function' | 'block' = 'block'): StatementSyntax & { kind: 'block' } {
    const thenOfIf = this.thenBlockNext;
    this.thenBlockNext = false;
    const at = this.expect('{').at;
    const items: StatementSyntax[] = [];
    this.pushScope();
    let closed = true;
    try {
      while (!this.is('}')) {
        if (this.peek().kind === 'eof') {
          if (this.report('error', 'C2002', this.afterPrevious() ?? this.peek().at, "'}'"))
            this.report('note', 'C2013', at);
          throw new ParseError();
        }
        if (thenOfIf && this.isKeyword('else')) {
          const token = this.peek();
          const where = token.lineStart ? (this.afterPrevious() ?? token.at) : token.at;
          this.reportRepaired('C2001', where, "'}'", describe(token));
          closed = false;
          break;
        }
        const depth = this.depth;
        const scopes = this.scopes.length;
        this.blockItemStart = this.pos;
        try {
          items.push(this.parseBlockItem());
        } catch (error) {
          if (error instanceof FunctionBodyEnd) {
            if (role !== 'function') {
              error.exact = false;
              error.open ??= at;
              throw error;
            }
            this.scopes.length = scopes;
            this.depth = depth;
            this.pos = error.pos;
            if (error.reported) this.report('note', 'C2013', error.open ?? at);
            if (error.exact && error.reported) this.repairedErrors++;
            closed = false;
            break;
          }
          if (!(error instanceof ParseError)) throw error;
          this.scopes.length = scopes;
          this.recover(depth);
        }
      }
    } finally {
      this.popScope();
    }
    const end = closed ? this.next().at : (this.afterPrevious() ?? at);
    return { kind: 'block', items, at, end };
  }

  private parseBlockItem(): StatementSyntax {
    if (this.isKeyword('__attribute__')) {
      // `__attribute__((fallthrough));` is an empty statement.
      const start = this.pos;
      const at = this.peek().at;
      this.skipAttributes();
      if (this.accept(';')) return { kind: 'empty', at };
      this.pos = start;
    }
    if (this.isDeclarationStart()) return this.parseDeclaration(this.peek().at);
    this.checkUnknownTypeName();
    return this.parseStatement();
  }

  private parseStatement(): StatementSyntax {
    this.enter();
    try {
      return this.parseStatementInner();
    } finally {
      this.leave();
    }
  }

  /** A statement that is its own scope (C99 6.8.4, 6.8.5: the bodies of selection and iteration statements). */
  private parseScopedStatement(): StatementSyntax {
    this.pushScope();
    try {
      return this.parseStatement();
    } finally {
      this.popScope();
    }
  }

  private parseStatementInner(): StatementSyntax {
    const token = this.peek();
    const at = token.at;
    if (token.kind === 'punctuator') {
      if (token.text === '{') return this.parseBlock();
      if (token.text === ';') {
        this.next();
        return { kind: 'empty', at };
      }
    }
    if (token.kind === 'identifier') {
      const word = keywordOf(token.text);
      if (word === undefined && this.is(':', 1)) {
        this.next();
        this.next();
        this.skipAttributes();
        if (this.is('}')) {
          // A label at the end of a block: gcc accepts it (C23 allows it).
          return { kind: 'label', label: token.text, body: { kind: 'empty', at: this.peek().at }, at };
        }
        const body = this.isDeclarationStart()
          ? this.parseDeclaration(this.peek().at)
          : this.parseStatement();
        return { kind: 'label', label: token.text, body, at };
      }
      switch (word) {
        case 'if':
          return this.parseIf();
        case 'while': {
          this.next();
          this.expect('(');
          const condition = this.parseExpression();
          this.expect(')');
          return { kind: 'while', condition, body: this.parseScopedStatement(), at };
        }
        case 'do': {
          this.next();
          const body = this.parseScopedStatement();
          if (!this.acceptKeyword('while')) this.failExpected("'while'");
          this.expect('(');
          const condition = this.parseExpression();
          this.expect(')');
          this.expectEnd("';'");
          return { kind: 'doWhile', body, condition, at };
        }
        case 'for':
          return this.parseFor();
        case 'switch': {
          this.next();
          this.expect('(');
          const value = this.parseExpression();
          this.expect(')');
          return { kind: 'switch', value, body: this.parseScopedStatement(), at };
        }
        case 'case':
        case 'default':
          return this.parseCaseLabels();
        case 'break':
          this.next();
          this.expectEnd("';'");
          return { kind: 'break', at };
        case 'continue':
          this.next();
          this.expectEnd("';'");
          return { kind: 'continue', at };
        case 'return': {
          this.next();
          const value = this.is(';') ? undefined : this.parseExpression();
          this.expectEnd("';'");
          return { kind: 'return', value, at };
        }
        case 'goto': {
          this.next();
          if (this.is('*')) this.fail('C2003', this.peek().at, 'computed gotos');
          const label = this.expectName();
          this.expectEnd("';'");
          return { kind: 'goto', label: label.text, at };
        }
        case 'asm':
          this.fail('C2003', at, "'asm' statements");
          break;
        case 'else':
          // Report it and read what follows as the statement it is, as gcc does.
          this.next();
          this.report('error', 'C2010', at);
          return this.parseStatement();
        default:
          break;
      }
    }
    const expression = this.parseExpression();
    this.expectEnd("';'");
    return { kind: 'expression', expression, at };
  }

  /**
   * `if` with its `else if` chain, read in a loop: a long chain is not nesting that could run out of
   * stack, so it does not count against the nesting limit.
   */
  private parseIf(): StatementSyntax {
    const links: { at: CLocation; condition: ExpressionSyntax; then: StatementSyntax }[] = [];
    let otherwise: StatementSyntax | undefined;
    for (;;) {
      const at = this.next().at;
      this.expect('(');
      const condition = this.parseExpression();
      this.expect(')');
      this.thenBlockNext = this.is('{');
      links.push({ at, condition, then: this.parseScopedStatement() });
      if (!this.acceptKeyword('else')) break;
      if (links.length >= maxChain) this.tooDeep();
      if (!this.isKeyword('if')) {
        otherwise = this.parseScopedStatement();
        break;
      }
    }
    let statement: StatementSyntax | undefined = otherwise;
    for (let i = links.length - 1; i >= 0; i--) {
      const link = links[i]!;
      statement = {
        kind: 'if',
        condition: link.condition,
        then: link.then,
        otherwise: statement,
        at: link.at,
      };
    }
    return statement!;
  }

  /** Consecutive `case` and `default` labels, read in a loop (a long run of labels is not nesting). */
  private parseCaseLabels(): StatementSyntax {
    const labels: ({ at: CLocation } & (
      { value: ExpressionSyntax; last: ExpressionSyntax | undefined } | { value: undefined }
    ))[] = [];
    while (this.isKeyword('case') || this.isKeyword('default')) {
      const at = this.peek().at;
      if (labels.length >= maxChain) this.tooDeep();
      if (this.acceptKeyword('default')) {
        this.expect(':');
        labels.push({ at, value: undefined });
        continue;
      }
      this.next();
      const value = this.parseConditional();
      let last: ExpressionSyntax | undefined;
      if (this.accept('...')) last = this.parseConditional();
      this.expect(':');
      labels.push({ at, value, last });
    }
    let statement = this.parseLabelled();
    for (let i = labels.length - 1; i >= 0; i--) {
      const label = labels[i]!;
      statement =
        label.value === undefined
          ? { kind: 'default', body: statement, at: label.at }
          : { kind: 'case', value: label.value, last: label.last, body: statement, at: label.at };
    }
    return statement;
  }

  /** The statement after a `case` or `default` label (a label before `}` labels an empty statement). */
  private parseLabelled(): StatementSyntax {
    if (this.is('}')) return { kind: 'empty', at: this.peek().at };
    if (this.isKeyword('case') || this.isKeyword('default')) return this.parseCaseLabels();
    if (this.isDeclarationStart()) return this.parseDeclaration(this.peek().at);
    return this.parseStatement();
  }

  private parseFor(): StatementSyntax {
    const at = this.next().at;
    this.expect('(');
    this.pushScope();
    try {
      let init: DeclarationSyntax | ExpressionSyntax | undefined;
      if (this.isDeclarationStart()) {
        const declaration = this.parseDeclaration(this.peek().at);
        if (declaration.kind === 'declaration') init = declaration;
      } else {
        if (!this.is(';')) init = this.parseExpression();
        this.expect(';');
      }
      const condition = this.is(';') ? undefined : this.parseExpression();
      this.expect(';');
      const step = this.is(')') ? undefined : this.parseExpression();
      this.expect(')');
      const body = this.parseScopedStatement();
      return { kind: 'for', init, condition, step, body, at };
    } finally {
      this.popScope();
    }
  }

  // ---- expressions ----

  private height(node: ExpressionSyntax | undefined): number {
    return node === undefined ? 0 : (this.heights.get(node) ?? 1);
  }

  /** Record a node's height and refuse trees deeper than the later stages can walk. */
  private made<T extends ExpressionSyntax>(node: T, ...children: (ExpressionSyntax | undefined)[]): T {
    let height = 0;
    for (const child of children) height = Math.max(height, this.height(child));
    if (height + 1 > maxExpressionHeight) this.fail('C2007', node.at, String(maxExpressionHeight));
    if (height > 0) this.heights.set(node, height + 1);
    return node;
  }

  private parseExpression(): ExpressionSyntax {
    let left = this.parseAssignment();
    while (this.is(',')) {
      const at = this.next().at;
      const right = this.parseAssignment();
      left = this.made({ kind: 'comma', left, right, at }, left, right);
    }
    return left;
  }

  private parseAssignment(): ExpressionSyntax {
    this.enter();
    try {
      const target = this.parseConditional();
      const token = this.peek();
      if (token.kind === 'punctuator' && assignOperators.has(token.text)) {
        this.next();
        const value = this.parseAssignment();
        return this.made(
          { kind: 'assign', operator: token.text as AssignOperatorSyntax, target, value, at: token.at },
          target,
          value,
        );
      }
      return target;
    } finally {
      this.leave();
    }
  }

  private parseConditional(): ExpressionSyntax {
    const condition = this.parseBinary(1);
    if (!this.is('?')) return condition;
    const at = this.next().at;
    // gcc's `a ?: b` leaves out the middle operand: it is `a`, evaluated once.
    const then = this.is(':') ? undefined : this.parseExpression();
    this.expect(':');
    this.enter();
    try {
      const otherwise = this.parseConditional();
      return this.made({ kind: 'conditional', condition, then, otherwise, at }, condition, then, otherwise);
    } finally {
      this.leave();
    }
  }

  private parseBinary(minimum: number): ExpressionSyntax {
    let left = this.parseCast();
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'punctuator') return left;
      const precedence = binaryPrecedence[token.text];
      if (precedence === undefined || precedence < minimum) return left;
      this.next();
      const right = this.parseBinary(precedence + 1);
      left = this.made(
        { kind: 'binary', operator: token.text as BinaryOperatorSyntax, left, right, at: token.at },
        left,
        right,
      );
    }
  }

  private parseCast(): ExpressionSyntax {
    if (this.is('(') && this.isTypeStart(1)) {
      const at = this.next().at;
      const typeName = this.parseTypeName();
      this.expect(')');
      if (this.is('{')) {
        const initializer = this.parseInitializerList();
        return this.parsePostfixTail({ kind: 'compoundLiteral', typeName, initializer, at });
      }
      this.enter();
      try {
        const operand = this.parseCast();
        return this.made({ kind: 'cast', typeName, operand, at }, operand);
      } finally {
        this.leave();
      }
    }
    return this.parseUnary();
  }

  private parseUnary(): ExpressionSyntax {
    this.enter();
    try {
      const token = this.peek();
      if (token.kind === 'punctuator') {
        switch (token.text) {
          case '++':
          case '--': {
            this.next();
            const operand = this.parseUnary();
            return this.made({ kind: 'unary', operator: token.text, operand, at: token.at }, operand);
          }
          case '&':
          case '*':
          case '+':
          case '-':
          case '~':
          case '!': {
            this.next();
            const operand = this.parseCast();
            return this.made({ kind: 'unary', operator: token.text, operand, at: token.at }, operand);
          }
          case '&&':
            this.fail('C2003', token.at, "label addresses ('&&label')");
            break;
          default:
            break;
        }
      } else if (token.kind === 'identifier') {
        const word = keywordOf(token.text);
        if (word === 'sizeof' || word === '_Alignof') {
          this.next();
          const isSizeof = word === 'sizeof';
          if (this.is('(') && this.isTypeStart(1)) {
            const at = this.next().at;
            const typeName = this.parseTypeName();
            this.expect(')');
            if (this.is('{')) {
              const initializer = this.parseInitializerList();
              const operand = this.parsePostfixTail({ kind: 'compoundLiteral', typeName, initializer, at });
              return this.made(
                { kind: isSizeof ? 'sizeofExpression' : 'alignofExpression', operand, at: token.at },
                operand,
              );
            }
            return { kind: isSizeof ? 'sizeofType' : 'alignofType', typeName, at: token.at };
          }
          const operand = this.parseUnary();
          return this.made(
            { kind: isSizeof ? 'sizeofExpression' : 'alignofExpression', operand, at: token.at },
            operand,
          );
        }
        if (word === '__extension__') {
          this.next();
          return this.parseCast();
        }
      }
      return this.parsePostfixTail(this.parsePrimary());
    } finally {
      this.leave();
    }
  }

  private parsePostfixTail(start: ExpressionSyntax): ExpressionSyntax {
    let expression = start;
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'punctuator') return expression;
      switch (token.text) {
        case '[': {
          this.next();
          const index = this.parseExpression();
          this.expect(']');
          expression = this.made(
            { kind: 'index', array: expression, index, at: token.at },
            expression,
            index,
          );
          break;
        }
        case '(': {
          this.next();
          const args: ExpressionSyntax[] = [];
          if (!this.is(')')) {
            for (;;) {
              args.push(this.parseAssignment());
              if (!this.accept(',')) break;
            }
          }
          this.expect(')');
          expression = this.made(
            { kind: 'call', callee: expression, arguments: args, at: token.at },
            expression,
            ...args,
          );
          break;
        }
        case '.':
        case '->': {
          this.next();
          const name = this.peek();
          if (name.kind !== 'identifier') this.failExpected('identifier');
          this.next();
          expression = this.made(
            { kind: 'member', object: expression, name: name.text, arrow: token.text === '->', at: name.at },
            expression,
          );
          break;
        }
        case '++':
        case '--':
          this.next();
          expression = this.made(
            { kind: 'postfix', operator: token.text, operand: expression, at: token.at },
            expression,
          );
          break;
        default:
          return expression;
      }
    }
  }

  private parsePrimary(): ExpressionSyntax {
    const token = this.peek();
    const at = token.at;
    switch (token.kind) {
      case 'number':
        this.next();
        return { kind: 'number', text: token.text, at };
      case 'char':
        this.next();
        return { kind: 'char', text: token.text, at };
      case 'string': {
        const parts: { text: string; at: CLocation }[] = [];
        while (this.peek().kind === 'string') {
          const part = this.next();
          parts.push({ text: part.text, at: part.at });
        }
        return { kind: 'string', parts, at };
      }
      case 'punctuator':
        if (token.text === '(') {
          this.next();
          if (this.is('{')) {
            const body = this.parseBlock();
            this.expect(')');
            return { kind: 'statementExpression', body, at };
          }
          const expression = this.parseExpression();
          this.expect(')');
          return this.made({ kind: 'parenthesized', expression, at }, expression);
        }
        break;
      case 'identifier': {
        const word = keywordOf(token.text);
        if (word === undefined) {
          this.next();
          return { kind: 'name', name: token.text, at };
        }
        switch (word) {
          case '__builtin_va_start': {
            this.next();
            this.expect('(');
            const list = this.parseAssignment();
            this.expect(',');
            const last = this.parseAssignment();
            this.expect(')');
            return { kind: 'vaStart', list, last, at };
          }
          case '__builtin_va_arg': {
            this.next();
            this.expect('(');
            const list = this.parseAssignment();
            this.expect(',');
            const typeName = this.parseTypeName();
            this.expect(')');
            return { kind: 'vaArg', list, typeName, at };
          }
          case '__builtin_va_end': {
            this.next();
            this.expect('(');
            const list = this.parseAssignment();
            this.expect(')');
            return { kind: 'vaEnd', list, at };
          }
          case '__builtin_va_copy': {
            this.next();
            this.expect('(');
            const target = this.parseAssignment();
            this.expect(',');
            const source = this.parseAssignment();
            this.expect(')');
            return { kind: 'vaCopy', target, source, at };
          }
          case '__builtin_offsetof':
            return this.parseOffsetof();
          case '__builtin_types_compatible_p': {
            this.next();
            this.expect('(');
            const first = this.parseTypeName();
            this.expect(',');
            const second = this.parseTypeName();
            this.expect(')');
            return { kind: 'typesCompatible', first, second, at };
          }
          case '_Generic':
            return this.parseGeneric();
          case 'asm':
            this.fail('C2003', at, "'asm' statements");
            break;
          default:
            break;
        }
        break;
      }
      default:
        break;
    }
    return this.failExpected('expression');
  }

  private parseOffsetof(): ExpressionSyntax {
    const at = this.next().at;
    this.expect('(');
    const typeName = this.parseTypeName();
    this.expect(',');
    const path: (
      | { kind: 'member'; name: string; at: CLocation }
      | { kind: 'index'; index: ExpressionSyntax; at: CLocation }
    )[] = [];
    const first = this.expectName();
    path.push({ kind: 'member', name: first.text, at: first.at });
    for (;;) {
      if (this.is('.')) {
        this.next();
        const name = this.expectName();
        path.push({ kind: 'member', name: name.text, at: name.at });
      } else if (this.is('[')) {
        const indexAt = this.next().at;
        const index = this.parseExpression();
        this.expect(']');
        path.push({ kind: 'index', index, at: indexAt });
      } else {
        break;
      }
    }
    this.expect(')');
    return { kind: 'offsetof', typeName, path, at };
  }
}

/** Whether a type specifier is a struct, union or enum definition (with a body). */
function definesBody(spec: TypeSpecifierSyntax): boolean {
  return (
    (spec.kind === 'record' && spec.members !== undefined) ||
    (spec.kind === 'enum' && spec.enumerators !== undefined)
  );
}

/** How a token appears in `expected X before Y` (gcc's wording). */
function describe(token: Token): string {
  switch (token.kind) {
    case 'punctuator':
      return `'${token.text}' token`;
    case 'number':
      return 'numeric constant';
    case 'char':
      return 'character constant';
    case 'string':
      return 'string constant';
    case 'identifier':
      return `'${token.text}'`;
    case 'eof':
      return 'end of input';
  }
}

/** The name a declarator declares, if any. */
export function declaratorName(declarator: DeclaratorSyntax): string | undefined {
  let d = declarator;
  while (d.kind !== 'name') d = d.inner;
  return d.name;
}

/** The function declarator whose inner part is the name (whose parameters a definition's body sees). */
export function functionDeclaratorOf(
  declarator: DeclaratorSyntax,
): (DeclaratorSyntax & { kind: 'function' }) | undefined {
  let d = declarator;
  while (d.kind !== 'name') {
    if (d.kind === 'function' && d.inner.kind === 'name') return d;
    d = d.inner;
  }
  return undefined;
}
