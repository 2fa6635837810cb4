// Tokens: what the lexer and preprocessor hand to the parser.

import type { CLocation } from './diagnostics.js';

/**
 * The kinds of token after preprocessing. Keywords arrive as identifiers (the parser knows them);
 * numbers keep their preprocessing-number spelling until the parser converts them (literals.ts).
 */
export type TokenKind = 'identifier' | 'number' | 'char' | 'string' | 'punctuator' | 'eof';

/** One token, located where the user wrote it. */
export interface Token {
  readonly kind: TokenKind;
  /**
   * The spelling: the name, the operator (`<<=`, `...`), the number as written (`0x1fUL`), or the whole
   * literal with its prefix and quotes (`L'a'`, `"a\n"`). Digraphs are spelled as their usual form.
   */
  readonly text: string;
  /**
   * Where the token is in the source. A token produced by a macro expansion is located at the macro's
   * invocation, so that errors and the line table point at the line the user wrote.
   */
  readonly at: CLocation;
  /** Whether white space came before it on its line (for `-E` output and `#` stringizing). */
  readonly spaceBefore: boolean;
  /** Whether it is the first token on its line. */
  readonly lineStart: boolean;
}
