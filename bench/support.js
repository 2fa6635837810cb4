// Pieces the overhead scripts and the harness share: the median of samples, and C sources read from the
// repository for the compiler (paths relative to its root, or absolute).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The median of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Source files for `compile` (src/cc): read from the repository; undefined when unreadable. */
export const repositoryFiles = {
  read(path) {
    try {
      return readFileSync(path.startsWith('/') ? path : `${root}/${path}`, 'utf8');
    } catch {
      return undefined;
    }
  },
};
