// POSIX-style path arithmetic for #include: the compiler runs in browsers too, so it cannot use node:path.
// Paths are '/'-separated, absolute ('/usr/include/stdio.h') or relative ('dir/x.c').

/** Collapse `.`, `..` and repeated slashes: `a/./b/../c` is `a/c`; `..` above the root of an absolute path is dropped. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!absolute) parts.push('..');
    } else {
      parts.push(part);
    }
  }
  const joined = parts.join('/');
  if (absolute) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** The directory part of a path: `dir` for `dir/x.c`, `''` for `x.c`, `/` for `/x.c`. */
export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  if (slash < 0) return '';
  return slash === 0 ? '/' : path.slice(0, slash);
}

/** `name` found from directory `dir` (`''` is the current directory); an absolute `name` stands alone. */
export function joinPath(dir: string, name: string): string {
  if (name.startsWith('/') || dir === '') return normalizePath(name);
  return normalizePath(`${dir}/${name}`);
}
