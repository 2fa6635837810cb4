// The core stages (isa, asm, module, vm, jit, cc) must run in browsers too: no Node built-ins, no Node globals,
// and imports that point inward only (isa <- asm, module <- vm <- jit; asm, module <- cc), as STYLE.md lays out.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { repoRoot } from '../support/programs.js';

const allowed: Record<string, readonly string[]> = {
  isa: [],
  module: ['isa'],
  asm: ['isa', 'module'],
  vm: ['isa', 'module'],
  jit: ['isa', 'module', 'vm'],
  cc: ['isa', 'asm', 'module'],
};

/** Every .ts file under a folder, as paths relative to src/. */
function sources(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(new URL(`src/${folder}/`, repoRoot), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) files.push(...sources(path));
    else if (entry.name.endsWith('.ts')) files.push(path);
  }
  return files;
}

for (const [stage, dependencies] of Object.entries(allowed)) {
  test(`src/${stage} uses no Node APIs and imports only ${dependencies.join(', ') || 'itself'}`, () => {
    const files = sources(stage);
    assert.ok(files.length > 0);
    for (const file of files) {
      const text = readFileSync(new URL(`src/${file}`, repoRoot), 'utf8');
      assert.doesNotMatch(text, /from 'node:|require\(|\bprocess\.|\bBuffer\b/, file);
      for (const match of text.matchAll(/from '(\.[^']*)'/g)) {
        // The stage an import lands in: resolve it against the importing file's folder.
        const target = new URL(match[1]!, new URL(`src/${file}`, repoRoot)).pathname;
        const landed = target.slice(new URL('src/', repoRoot).pathname.length).split('/')[0]!;
        assert.ok(
          landed === stage || dependencies.includes(landed),
          `${file} imports ${match[1]} (${landed})`,
        );
      }
    }
  });
}
