// What a C diagnostic can suggest: the declared name closest to a misspelt one (gcc's spell checker), and
// the standard header that declares a type or function a program used without including it.

/** The edit distance between two names, a swap of two neighbours counting as one edit (as gcc's). */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let distance = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, before[j - 2]! + 1);
      row.push(distance);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How far a name may be from a suggestion for it (gcc's spellcheck.cc cut-off). */
function distanceCutoff(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  const shorter = Math.min(a.length, b.length);
  if (longer <= 1) return 0;
  if (longer - shorter <= 1) return Math.max(Math.floor(longer / 3), 1);
  return Math.floor((longer + 2) / 3);
}

/** The candidate closest to `name` and close enough to suggest (not `name` itself, nor a reserved `__` name). */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === name || candidate.startsWith('__')) continue;
    // Names much longer or shorter cannot be close: skip the distance.
    if (Math.abs(candidate.length - name.length) > distanceCutoff(name, candidate)) continue;
    const distance = editDistance(name, candidate);
    if (distance <= distanceCutoff(name, candidate) && (best === undefined || distance < best.distance))
      best = { name: candidate, distance };
  }
  return best?.name;
}

/** Type names of the standard headers that programs use without including their header. */
const headerOfType: Readonly<Record<string, string>> = {
  bool: 'stdbool.h',
  FILE: 'stdio.h',
  size_t: 'stddef.h',
  ptrdiff_t: 'stddef.h',
  wchar_t: 'stddef.h',
  va_list: 'stdarg.h',
  jmp_buf: 'setjmp.h',
  time_t: 'time.h',
  clock_t: 'time.h',
  int8_t: 'stdint.h',
  int16_t: 'stdint.h',
  int32_t: 'stdint.h',
  int64_t: 'stdint.h',
  uint8_t: 'stdint.h',
  uint16_t: 'stdint.h',
  uint32_t: 'stdint.h',
  uint64_t: 'stdint.h',
  intptr_t: 'stdint.h',
  uintptr_t: 'stdint.h',
  intmax_t: 'stdint.h',
  uintmax_t: 'stdint.h',
};

/** The usual standard library functions, by header. */
const functionsByHeader: Readonly<Record<string, string>> = {
  'stdio.h':
    'printf fprintf sprintf snprintf vprintf vfprintf vsprintf vsnprintf scanf fscanf sscanf puts fputs ' +
    'putchar fputc putc getchar fgetc getc gets fgets ungetc fopen fclose fflush fread fwrite fseek ftell ' +
    'rewind feof ferror clearerr perror remove rename tmpfile setvbuf setbuf',
  'stdlib.h':
    'malloc calloc realloc free exit abort atexit atoi atol atoll atof strtol strtoul strtoll strtoull ' +
    'strtod strtof rand srand abs labs llabs div ldiv qsort bsearch getenv system',
  'string.h':
    'strlen strcpy strncpy strcat strncat strcmp strncmp strchr strrchr strstr strspn strcspn strpbrk ' +
    'strtok strerror strdup memcpy memmove memset memcmp memchr',
  'math.h':
    'sqrt pow exp log log10 log2 sin cos tan asin acos atan atan2 sinh cosh tanh fabs floor ceil round ' +
    'trunc fmod hypot cbrt fmin fmax',
  'ctype.h':
    'isalpha isdigit isalnum isspace isupper islower ispunct isprint iscntrl isxdigit toupper tolower',
  'time.h': 'time clock difftime mktime localtime gmtime strftime ctime asctime',
  'assert.h': 'assert',
  'setjmp.h': 'setjmp longjmp',
};

const headerOfFunction: ReadonlyMap<string, string> = new Map(
  Object.entries(functionsByHeader).flatMap(([header, names]) =>
    names.split(' ').map((name): [string, string] => [name, header]),
  ),
);

/** The standard header that declares a type name, e.g. 'stdbool.h' for `bool`. */
export function headerDeclaringType(name: string): string | undefined {
  return Object.hasOwn(headerOfType, name) ? headerOfType[name] : undefined;
}

/** The standard header that declares a library function, e.g. 'stdio.h' for `printf`. */
export function headerDeclaringFunction(name: string): string | undefined {
  return headerOfFunction.get(name);
}
