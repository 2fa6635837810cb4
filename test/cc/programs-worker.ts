// Worker thread for programs.test.ts: runs compileAndRun (test/support/c.ts) for the programs it is sent, so
// that the C suite compiles and runs programs on every core. As a main-thread module it does nothing.

import { parentPort } from 'node:worker_threads';

if (parentPort !== null) {
  const port = parentPort;
  const module = (await import(new URL('../support/c.js', import.meta.url).href)) as {
    compileAndRun: (path: string, options: object) => Promise<unknown>;
  };
  port.on('message', (job: { path: string; options: object }) => {
    module.compileAndRun(job.path, job.options).then(
      (result) => port.postMessage({ result }),
      (error: unknown) =>
        port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
}
