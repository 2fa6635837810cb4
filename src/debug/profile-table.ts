// The profile as text tables for a terminal: the top functions (and optionally source lines) by self weight,
// with self, total and their shares of the whole run.

import { functionEntries, lineEntries, type Profile, type ProfileEntry } from './profile.js';

/** What to print. */
export interface ProfileTableOptions {
  /** Rows per table (default 10). */
  readonly top?: number;
  /** Add a table of source lines. */
  readonly lines?: boolean;
}

/** A weight as the table shows it: whole instructions, or milliseconds in time mode. */
function amount(profile: Profile, weight: number): string {
  return profile.mode === 'count' ? String(Math.round(weight)) : `${(weight / 1000).toFixed(2)}ms`;
}

function share(profile: Profile, weight: number): string {
  return profile.total > 0 ? `${((100 * weight) / profile.total).toFixed(1)}%` : '-';
}

function location(file: string | undefined, line: number): string {
  if (file === undefined) return '';
  return line > 0 ? `${file}:${line}` : file;
}

/** Columns padded to their widest cell; numbers to the right, text to the left. */
function columns(header: readonly string[], rows: readonly (readonly string[])[], numeric: number): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c < numeric ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function weightCells(profile: Profile, entry: ProfileEntry): string[] {
  return [
    amount(profile, entry.self),
    share(profile, entry.self),
    amount(profile, entry.total),
    share(profile, entry.total),
  ];
}

/** The tables: a summary line, the top functions, and with `lines` the top source lines. */
export function formatProfileTable(profile: Profile, options: ProfileTableOptions = {}): string {
  const top = options.top ?? 10;
  const whole =
    profile.mode === 'count'
      ? `${Math.round(profile.total)} instructions counted`
      : `${(profile.total / 1000).toFixed(1)} ms sampled, ${profile.samples.length} samples`;
  const parts = [`profile (${profile.mode} mode): ${whole}`];
  const functions = functionEntries(profile).slice(0, top);
  parts.push(
    columns(
      ['self', 'self%', 'total', 'total%', 'function', 'location'],
      functions.map((entry) => {
        const fn = profile.functions[entry.index]!;
        return [...weightCells(profile, entry), fn.displayName, location(fn.file, fn.line)];
      }),
      4,
    ),
  );
  if (options.lines === true) {
    // Name each line after the function with the most weight on it.
    const owner = new Map<number, { fn: number; weight: number }>();
    for (const node of profile.nodes) {
      for (const [line, weight] of node.lines) {
        const known = owner.get(line);
        if (known === undefined || weight > known.weight) owner.set(line, { fn: node.function, weight });
      }
    }
    const lines = lineEntries(profile).slice(0, top);
    parts.push(
      columns(
        ['self', 'self%', 'total', 'total%', 'line', 'function'],
        lines.map((entry) => {
          const source = profile.lines[entry.index]!;
          const fn = owner.get(entry.index)?.fn;
          return [
            ...weightCells(profile, entry),
            location(source.file, source.line) || '(no line)',
            fn === undefined ? '' : profile.functions[fn]!.displayName,
          ];
        }),
        4,
      ),
    );
  }
  return `${parts.join('\n\n')}\n`;
}
