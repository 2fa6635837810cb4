// The compiled C library kept between runs in node_modules/.cache/tessera, keyed by a hash of the
// compiler's own code and the library's sources, so that `tessera run hello.c` does not recompile it.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { LibraryCache } from '../cc/index.js';

/** dist/src/cc, whose files decide what the library compiles to. */
const compilerFolder = new URL('../cc/', import.meta.url);
const cacheFolder = new URL('../../../node_modules/.cache/tessera/', import.meta.url);

function compilerFiles(folder: URL): URL[] {
  const files: URL[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) files.push(...compilerFiles(new URL(`${entry.name}/`, folder)));
    else if (entry.name.endsWith('.js')) files.push(new URL(entry.name, folder));
  }
  return files.sort((a, b) => (a.href < b.href ? -1 : 1));
}

/** A cache in a file named after the compiler's hash; failures to read or write just mean no cache. */
export function diskLibraryCache(): LibraryCache | undefined {
  let file: URL;
  try {
    const hash = createHash('sha256');
    for (const url of compilerFiles(compilerFolder)) hash.update(url.pathname).update(readFileSync(url));
    file = new URL(`libc-${hash.digest('hex').slice(0, 24)}.json`, cacheFolder);
  } catch {
    return undefined;
  }
  return {
    read: () => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    write: (text) => {
      try {
        mkdirSync(cacheFolder, { recursive: true });
        // Write then rename, so that a concurrent run never reads half a file.
        const temporary = new URL(`${file.pathname}.${process.pid}.tmp`, 'file://');
        writeFileSync(temporary, text);
        renameSync(temporary, file);
      } catch {
        // No cache: the next run compiles the library again.
      }
    },
  };
}
