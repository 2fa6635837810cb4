// Writes docs/ISA.md from the compiled instruction table; with --check, fails if the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderIsaReference } from '../dist/src/isa/doc.js';

const path = new URL('../docs/ISA.md', import.meta.url);
const fresh = renderIsaReference();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = '';
  }
  if (current !== fresh) {
    console.error('docs/ISA.md is stale: run `npm run gen` and commit the result');
    process.exit(1);
  }
} else {
  writeFileSync(path, fresh);
  console.log('wrote docs/ISA.md');
}
