// What the debugger needs to show C variables: each unit's types as descriptors (`debug-type`) and the
// source range where each variable is visible. docs/MODULE.md "Type descriptors" defines the descriptors.

import type { FunctionDefinition, Statement, VariableSymbol } from '../ast.js';
import type { CLocation } from '../diagnostics.js';
import { sizeOf, typeToString, type CType, type StructInfo } from '../types.js';
import { quote } from './text.js';

/** Where a variable is visible: from its declaration to the end of its block, as source positions. */
export interface Scope {
  readonly from: CLocation;
  readonly to: CLocation;
}

/** A unit's type descriptors, numbered in order of first use; a struct is described once, by its layout. */
export class DebugTypes {
  private readonly ids = new Map<string, number>();
  private readonly structIds = new Map<StructInfo, number>();
  private readonly descriptors: string[] = [];

  /** The number of `type`'s descriptor, adding it (and the types it refers to) if new. */
  idOf(type: CType): number {
    if (type.kind === 'struct' || type.kind === 'union') {
      const known = this.structIds.get(type.info);
      if (known !== undefined) return known;
      // Numbered before its members are described, so that a member pointing back refers to it.
      const id = this.descriptors.push('') - 1;
      this.structIds.set(type.info, id);
      this.descriptors[id] = `${this.shape(type)}|${typeToString({ kind: type.kind, info: type.info })}`;
      return id;
    }
    const descriptor = `${this.shape(type)}|${typeToString(unqualified(type))}`;
    let id = this.ids.get(descriptor);
    if (id === undefined) {
      id = this.descriptors.push(descriptor) - 1;
      this.ids.set(descriptor, id);
    }
    return id;
  }

  /** The `debug-type` directives of every type numbered so far. */
  directives(): string[] {
    return this.descriptors.map((d, id) => `(debug-type ${id} ${quote(d)})`);
  }

  private shape(type: CType): string {
    switch (type.kind) {
      case 'void':
        return 'v';
      case 'integer':
        if (type.enumTag !== undefined) return `e${type.size}`;
        if (type.name === 'bool') return `b${type.size}`;
        return `${type.signed ? 'i' : 'u'}${type.size}`;
      case 'floating':
        return `f${type.size}`;
      case 'pointer':
        return `p#${this.idOf(type.to)}`;
      case 'array':
        return `a${type.length ?? ''}#${this.idOf(type.of)}`;
      case 'function':
        return 'F';
      case 'struct':
      case 'union': {
        const members = type.info.members.map((m) => {
          const bits = m.bitField === undefined ? '' : `.${m.bitField.bitOffset}.${m.bitField.width}`;
          return `${m.name ?? ''}:#${this.idOf(m.type)}@${m.offset}${bits}`;
        });
        const size = type.info.complete ? sizeOf(type) : 0;
        return `${type.kind === 'struct' ? 's' : 'U'}${size}{${members.join(',')}}`;
      }
    }
  }
}

function unqualified(type: CType): CType {
  return type.const === true || type.volatile === true ? { ...type, const: false, volatile: false } : type;
}

/** A variable the debugger can name, with its scope. */
export interface ScopedVariable {
  readonly symbol: VariableSymbol;
  readonly scope: Scope;
}

/**
 * The function's named variables, parameters first, then its declarations in source order (statics and
 * locals): parameters span the whole function; a declaration spans from itself to the closing brace of its
 * block (for a `for` declaration, to the end of the loop's body).
 */
export function scopedVariables(definition: FunctionDefinition): ScopedVariable[] {
  const variables: ScopedVariable[] = [];
  const add = (symbol: VariableSymbol, from: CLocation, to: CLocation): void => {
    if (symbol.name !== '' && symbol.storage !== 'extern') variables.push({ symbol, scope: { from, to } });
  };
  for (const p of definition.parameters) add(p, definition.at, definition.end);
  const visit = (s: Statement, end: CLocation): void => {
    switch (s.kind) {
      case 'declaration':
        add(s.variable, s.at, end);
        return;
      case 'block': {
        const blockEnd = s.end ?? end;
        for (const inner of s.body) visit(inner, blockEnd);
        return;
      }
      case 'if':
        visit(s.then, end);
        if (s.otherwise !== undefined) visit(s.otherwise, end);
        return;
      case 'while':
      case 'doWhile':
      case 'switch':
      case 'label':
        visit(s.body, end);
        return;
      case 'for': {
        const bodyEnd = lastPosition(s.body) ?? end;
        if (s.init !== undefined) visit(s.init, bodyEnd);
        visit(s.body, bodyEnd);
        return;
      }
      default:
        return;
    }
  };
  visit(definition.body, definition.end);
  return variables;
}

/**
 * Where a statement ends: the closing brace of a block; for other statements (which record only where they
 * start) the end of the line they start on.
 */
function lastPosition(s: Statement): CLocation | undefined {
  switch (s.kind) {
    case 'block':
      return s.end;
    case 'if':
      return lastPosition(s.otherwise ?? s.then);
    case 'while':
    case 'for':
    case 'switch':
    case 'label':
      return lastPosition(s.body);
    default:
      return { ...s.at, column: 0xffffffff };
  }
}
