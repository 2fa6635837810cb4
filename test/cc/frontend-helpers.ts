// Helpers for the parser and analyser tests: C source to tokens (through the real preprocessor, with
// the C library's headers), to the syntax tree, and to the typed tree.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../src/cc/analyser.js';
import type { Expression, Statement, TranslationUnit } from '../../src/cc/ast.js';
import type { CDiagnostic } from '../../src/cc/diagnostics.js';
import { parse } from '../../src/cc/parser.js';
import { preprocess } from '../../src/cc/preprocessor.js';
import type { Token } from '../../src/cc/token.js';
import { typeToString } from '../../src/cc/types.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The C library's headers in the source tree (tests run from dist/test/cc). */
const includeDirectory = join(here, '..', '..', '..', 'src', 'cc', 'libc', 'include');

/** Preprocess `source` as `t.c`; system headers come from the C library. */
export function tokensOf(source: string, files: Record<string, string> = {}): readonly Token[] {
  const result = preprocess('t.c', {
    files: {
      read(path: string): string | undefined {
        if (path === 't.c') return source;
        if (path in files) return files[path];
        if (path.startsWith('/include/')) {
          try {
            return readFileSync(join(includeDirectory, path.slice('/include/'.length)), 'utf8');
          } catch {
            return undefined;
          }
        }
        return undefined;
      },
    },
    systemIncludePaths: ['/include'],
  });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`preprocessing failed: ${errors.map((d) => d.message).join('; ')}`);
  return result.tokens;
}

/** Parse `source`. */
export function parseSource(source: string): ReturnType<typeof parse> {
  return parse(tokensOf(source));
}

/** Parse and analyse `source`; parse errors are returned without analysing. */
export function analyseSource(
  source: string,
  options: { warnings?: boolean; unitName?: string } = {},
): { unit: TranslationUnit | undefined; diagnostics: CDiagnostic[] } {
  const parsed = parseSource(source);
  if (parsed.diagnostics.some((d) => d.severity === 'error'))
    return { unit: undefined, diagnostics: parsed.diagnostics };
  const analysed = analyse(parsed.syntax, {
    unitName: options.unitName ?? 't.c',
    file: 't.c',
    ...(options.warnings !== undefined ? { warnings: options.warnings } : {}),
  });
  return { unit: analysed.unit, diagnostics: [...parsed.diagnostics, ...analysed.diagnostics] };
}

/** Diagnostics as `line:column: severity: message [code]` lines, for compact assertions. */
export function describeDiagnostics(diagnostics: readonly CDiagnostic[]): string[] {
  return diagnostics.map((d) => `${d.at.line}:${d.at.column}: ${d.severity}: ${d.message} [${d.code}]`);
}

/** An expression as a compact S-expression: conversions, scaling and folding become visible. */
export function show(e: Expression): string {
  switch (e.kind) {
    case 'integer':
      return e.type.kind === 'integer' && e.type.name === 'int'
        ? `${e.value}`
        : `${e.value}:${typeToString(e.type)}`;
    case 'floating':
      return `${e.value}:${typeToString(e.type)}`;
    case 'string':
      return JSON.stringify(String.fromCharCode(...e.literal.units.slice(0, -1)));
    case 'variable':
    case 'function':
      return e.symbol.name;
    case 'unary':
      return `(${e.operator} ${show(e.operand)})`;
    case 'binary':
    case 'logical':
      return `(${e.operator} ${show(e.left)} ${show(e.right)})`;
    case 'conditional':
      return `(? ${show(e.condition)} ${show(e.then)} ${show(e.otherwise)})`;
    case 'assign':
      return `(= ${show(e.target)} ${show(e.value)})`;
    case 'compoundAssign':
      return `(${e.postfix ? 'post' : ''}${e.operator}= ${show(e.target)} ${show(e.value)} as ${typeToString(e.operationType)})`;
    case 'call':
      return `(call ${[e.callee, ...e.arguments].map(show).join(' ')})`;
    case 'cast':
      return `(cast ${typeToString(e.type)} ${show(e.operand)})`;
    case 'address':
      return `(& ${show(e.operand)})`;
    case 'deref':
      return `(* ${show(e.operand)})`;
    case 'member':
      return `(. ${show(e.object)} +${e.offset}${e.bitField ? `:${e.bitField.bitOffset}:${e.bitField.width}` : ''})`;
    case 'comma':
      return `(, ${show(e.left)} ${show(e.right)})`;
    case 'compoundLiteral':
      return `(literal ${typeToString(e.type)})`;
    case 'vaStart':
      return `(va_start ${show(e.list)})`;
    case 'vaArg':
      return `(va_arg ${show(e.list)} ${typeToString(e.type)})`;
    case 'statementExpression':
      return `({ ${e.body.length} ${e.value === undefined ? 'void' : show(e.value)})`;
  }
}

/** The statements of the body of function `name` in an analysed unit. */
export function bodyOf(unit: TranslationUnit, name: string): readonly Statement[] {
  const fn = unit.functions.find((f) => f.symbol.name === name);
  if (fn === undefined) throw new Error(`no function ${name}`);
  if (fn.body.kind !== 'block') throw new Error('body is not a block');
  return fn.body.body;
}

/**
 * Analyse `declarations` followed by a function whose body is `expression;`, and return that
 * expression (which must analyse without errors).
 */
export function expressionOf(expression: string, declarations = ''): Expression {
  const { unit, diagnostics } = analyseSource(`${declarations}\nvoid test_(void) { ${expression}; }\n`);
  if (unit === undefined) throw new Error(describeDiagnostics(diagnostics).join('\n'));
  const statements = bodyOf(unit, 'test_');
  const last = statements[statements.length - 1];
  if (last?.kind !== 'expression') throw new Error('no expression statement');
  return last.expression;
}

/** The type of the file-scope object `name` declared by `source`, spelled by typeToString. */
export function typeOfObject(source: string, name: string): string {
  const { unit, diagnostics } = analyseSource(source);
  if (unit === undefined) throw new Error(describeDiagnostics(diagnostics).join('\n'));
  const object = unit.objects.find((o) => o.symbol.name === name);
  if (object === undefined) throw new Error(`no object ${name}`);
  return typeToString(object.symbol.type);
}
