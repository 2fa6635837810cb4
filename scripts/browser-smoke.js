// Runs the core (assembler and interpreter, from dist/) in headless Chromium: serves the repository on
// localhost, loads a page that assembles examples/fib.s and runs it, and prints what the page reports.
// Needs Debian's chromium (apt-get install chromium). Run: npm run build && node scripts/browser-smoke.js
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const page = `<!doctype html><meta charset="utf-8"><pre id="out">running</pre>
<script type="module">
  import { assemble, Machine, standardHost } from '/dist/src/index.js';
  const out = document.getElementById('out');
  try {
    const read = async (path) => (await fetch('/examples/' + path)).text();
    const text = await read('fib.s');
    const files = { 'lib/print.s': await read('lib/print.s') };
    const { module, diagnostics } = assemble([{ name: 'fib.s', text }], { readFile: (p) => files[p] });
    if (module === undefined) throw new Error(JSON.stringify(diagnostics));
    let stdout = '';
    const decoder = new TextDecoder();
    const machine = new Machine(module, {
      host: standardHost({ stdout: (b) => (stdout += decoder.decode(b)), stderr: () => {} }),
    });
    const result = machine.run();
    out.textContent = 'stdout=' + JSON.stringify(stdout) + ' status=' + result.status + ' exit=' + result.exitCode +
      ' instructions=' + (machine.fuelUsed - machine.extraFuelUsed);
  } catch (e) {
    out.textContent = 'error: ' + e;
  }
</script>`;

const types = { '.js': 'text/javascript', '.s': 'text/plain', '.html': 'text/html' };
const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    return;
  }
  try {
    const body = await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, '')));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  // Asynchronously: this process's server must keep answering while Chromium loads the page.
  execFile(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'tessera-chromium-'))}`,
      '--virtual-time-budget=20000',
      '--dump-dom',
      `http://127.0.0.1:${port}/`,
    ],
    { encoding: 'utf8', timeout: 60_000 },
    (error, stdout) => {
      server.close();
      const match = /<pre id="out">([^<]*)<\/pre>/.exec(stdout ?? '');
      console.log(match ? match[1] : `no result (${error?.message ?? 'empty page'})`);
      process.exitCode = match && match[1].startsWith('stdout="832040\\n" status=halted') ? 0 : 1;
    },
  );
});
