// Worker thread for programs.test.ts: compiles each program it is sent once (test/support/c.ts) and runs it in
// every tier the job names, so that the C suite compiles and runs programs on every core. As a main-thread
// module it does nothing.

import { parentPort } from 'node:worker_threads';

if (parentPort !== null) {
  const port = parentPort;
  const module = (await import(new URL('../support/c.js', import.meta.url).href)) as {
    compileAndRunInTiers: (path: string, options: object, tiers: readonly string[]) => Promise<unknown>;
  };
  port.on('message', (job: { path: string; options: object; tiers: readonly string[] }) => {
    module.compileAndRunInTiers(job.path, job.options, job.tiers).then(
      (result) => port.postMessage({ result }),
      (error: unknown) =>
        port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
}
