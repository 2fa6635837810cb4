#!/usr/bin/env node
// The tessera command: runs the compiled CLI in dist/ (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'tessera: not built yet: run `npm install` (or `npm run build`) in the package first\n',
  );
  process.exit(1);
}
// A reader that stops early (`tessera disasm m.tsm | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
