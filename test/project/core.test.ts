// The core stages (isa, asm, module, vm) must run in browsers too: no Node built-ins, no Node globals,
// and imports that point inward only (isa <- asm, module <- vm), as STYLE.md lays out.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { repoRoot } from '../support/programs.js';

const allowed: Record<string, readonly string[]> = {
  isa: [],
  module: ['isa'],
  asm: ['isa', 'module'],
  vm: ['isa', 'module'],
};

for (const [stage, dependencies] of Object.entries(allowed)) {
  test(`src/${stage} uses no Node APIs and imports only ${dependencies.join(', ') || 'itself'}`, () => {
    const folder = new URL(`src/${stage}/`, repoRoot);
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
    assert.ok(files.length > 0);
    for (const file of files) {
      const text = readFileSync(new URL(file, folder), 'utf8');
      assert.doesNotMatch(text, /from 'node:|require\(|\bprocess\.|\bBuffer\b/, `${stage}/${file}`);
      for (const match of text.matchAll(/from '\.\.\/([a-z]+)\//g)) {
        assert.ok(dependencies.includes(match[1]!), `${stage}/${file} imports ../${match[1]}`);
      }
    }
  });
}
