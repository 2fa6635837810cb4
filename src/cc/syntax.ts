// The untyped syntax tree: what the parser builds from the tokens and the analyser turns into the typed
// tree of ast.ts. Names are not resolved and no types are computed; every node keeps its location.

import type { CLocation } from './diagnostics.js';

/** Type qualifiers as written (`restrict` is accepted and dropped by the parser). */
export interface QualifierSyntax {
  readonly const: boolean;
  readonly volatile: boolean;
}

/** The basic type keywords (after mapping the gcc spellings such as `__signed__`). */
export type BasicTypeWord =
  | 'void'
  | 'char'
  | 'short'
  | 'int'
  | 'long'
  | 'float'
  | 'double'
  | 'signed'
  | 'unsigned'
  | '_Bool'
  | '_Complex'
  | '_Imaginary';

/** One alignment asked for: `_Alignas(N)` or `aligned(N)`, `_Alignas(type)`, bare `aligned` (the largest, 16). */
export type AlignmentRequestSyntax =
  | { readonly kind: 'expression'; readonly expression: ExpressionSyntax; readonly at: CLocation }
  | { readonly kind: 'type'; readonly typeName: TypeNameSyntax; readonly at: CLocation }
  | { readonly kind: 'largest'; readonly at: CLocation };

/**
 * What `_Alignas` and gcc's `aligned` and `packed` attributes ask of a declaration, a member or a struct
 * (other attributes are ignored).
 */
export interface AttributesSyntax {
  readonly aligned: readonly AlignmentRequestSyntax[];
  readonly packed: boolean;
  /** `noinline`: calls to the function stay calls. */
  readonly noinline: boolean;
}

/** One type specifier. */
export type TypeSpecifierSyntax =
  | { readonly kind: 'basic'; readonly word: BasicTypeWord; readonly at: CLocation }
  | {
      readonly kind: 'record';
      readonly tagKind: 'struct' | 'union';
      readonly tag: string | undefined;
      /** Undefined when there is no body (`struct s *p;`). */
      readonly members: readonly MemberDeclarationSyntax[] | undefined;
      readonly at: CLocation;
      /** Where the tag is (or the keyword when there is none). */
      readonly tagAt: CLocation;
      /** Attributes after the keyword or after the body. */
      readonly attributes: AttributesSyntax;
    }
  | {
      readonly kind: 'enum';
      readonly tag: string | undefined;
      readonly enumerators: readonly EnumeratorSyntax[] | undefined;
      readonly at: CLocation;
      readonly tagAt: CLocation;
    }
  | { readonly kind: 'typedefName'; readonly name: string; readonly at: CLocation }
  /** `__builtin_va_list`. */
  | { readonly kind: 'vaList'; readonly at: CLocation }
  /** `typeof (expression)` / `__typeof__ (type)`. */
  | { readonly kind: 'typeofExpression'; readonly expression: ExpressionSyntax; readonly at: CLocation }
  | { readonly kind: 'typeofType'; readonly typeName: TypeNameSyntax; readonly at: CLocation };

/** A storage class specifier. */
export type StorageClass = 'typedef' | 'extern' | 'static' | 'auto' | 'register';

/** The declaration specifiers of a declaration, in the order written. */
export interface SpecifiersSyntax {
  /** Every storage class written (more than one is an error the analyser reports). */
  readonly storage: readonly { readonly word: StorageClass; readonly at: CLocation }[];
  readonly typeSpecifiers: readonly TypeSpecifierSyntax[];
  readonly qualifiers: QualifierSyntax;
  readonly inline: boolean;
  /** `_Alignas` and attributes among the specifiers: they apply to every declarator. */
  readonly attributes: AttributesSyntax;
  readonly at: CLocation;
}

/** An enumerator: `name` or `name = value`. */
export interface EnumeratorSyntax {
  readonly name: string;
  readonly value: ExpressionSyntax | undefined;
  readonly at: CLocation;
}

/** A member declaration inside a struct or union body. */
export type MemberDeclarationSyntax =
  | {
      readonly kind: 'members';
      readonly specifiers: SpecifiersSyntax;
      /** Empty for an anonymous struct/union member (`struct { int a; };`). */
      readonly declarators: readonly MemberDeclaratorSyntax[];
      readonly at: CLocation;
    }
  | StaticAssertSyntax;

/** One member declarator: `name`, `name : width` or `: width`. */
export interface MemberDeclaratorSyntax {
  readonly declarator: DeclaratorSyntax;
  readonly bitWidth: ExpressionSyntax | undefined;
  /** Attributes in and after the declarator. */
  readonly attributes: AttributesSyntax;
  readonly at: CLocation;
}

/**
 * A declarator, outside in: `inner` is the part nearer the name. `*p[3]` is a pointer whose inner is
 * an array whose inner is the name p, which makes p an array of 3 pointers.
 */
export type DeclaratorSyntax =
  /** The name, or undefined for an abstract declarator. */
  | { readonly kind: 'name'; readonly name: string | undefined; readonly at: CLocation }
  | {
      readonly kind: 'pointer';
      readonly qualifiers: QualifierSyntax;
      readonly inner: DeclaratorSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'array';
      readonly inner: DeclaratorSyntax;
      /** Undefined for `[]`. */
      readonly length: ExpressionSyntax | undefined;
      /** `[*]`. */
      readonly star: boolean;
      /** Qualifiers and `static` inside the brackets (parameters only). */
      readonly qualifiers: QualifierSyntax;
      readonly isStatic: boolean;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'function';
      readonly inner: DeclaratorSyntax;
      readonly parameters: readonly ParameterSyntax[];
      readonly variadic: boolean;
      /** `(void)` or any parameter list; false for `()` and old-style identifier lists. */
      readonly prototyped: boolean;
      /** The names of an old-style definition's identifier list `f(a, b)`. */
      readonly identifiers: readonly { readonly name: string; readonly at: CLocation }[];
      readonly at: CLocation;
    };

/** A parameter declaration. */
export interface ParameterSyntax {
  readonly specifiers: SpecifiersSyntax;
  readonly declarator: DeclaratorSyntax;
  readonly at: CLocation;
}

/** A type name: in casts, sizeof, compound literals, va_arg, offsetof. */
export interface TypeNameSyntax {
  readonly specifiers: SpecifiersSyntax;
  readonly declarator: DeclaratorSyntax;
  readonly at: CLocation;
}

/** One declarator of a declaration, with its initializer. */
export interface InitDeclaratorSyntax {
  readonly declarator: DeclaratorSyntax;
  readonly initializer: InitializerSyntax | undefined;
  /** Attributes in and after the declarator. */
  readonly attributes: AttributesSyntax;
  readonly at: CLocation;
}

/** A declaration: `static int x = 1, *y;`, `struct s { ... };`, `typedef ...`. */
export interface DeclarationSyntax {
  readonly kind: 'declaration';
  readonly specifiers: SpecifiersSyntax;
  readonly declarators: readonly InitDeclaratorSyntax[];
  readonly at: CLocation;
}

/** `_Static_assert(condition, "message");`. */
export interface StaticAssertSyntax {
  readonly kind: 'staticAssert';
  readonly condition: ExpressionSyntax;
  /** The message as a string literal's token spellings (undefined in C23's one-argument form). */
  readonly message: readonly string[] | undefined;
  readonly at: CLocation;
}

/** A function definition. */
export interface FunctionDefinitionSyntax {
  readonly kind: 'functionDefinition';
  readonly specifiers: SpecifiersSyntax;
  readonly declarator: DeclaratorSyntax;
  /** The parameter declarations of an old-style definition, between `)` and `{`. */
  readonly oldStyleDeclarations: readonly DeclarationSyntax[];
  readonly body: StatementSyntax & { readonly kind: 'block' };
  readonly at: CLocation;
  readonly end: CLocation;
}

/** Something at file scope. */
export type ExternalSyntax = DeclarationSyntax | FunctionDefinitionSyntax | StaticAssertSyntax;

/** A whole translation unit. */
export interface TranslationUnitSyntax {
  readonly externals: readonly ExternalSyntax[];
  /** Where the input ends. */
  readonly end: CLocation;
}

/** A designator in an initializer list: `.name` or `[index]` (`[first ... last]` as gcc). */
export type DesignatorSyntax =
  | { readonly kind: 'member'; readonly name: string; readonly at: CLocation }
  | {
      readonly kind: 'index';
      readonly index: ExpressionSyntax;
      readonly last: ExpressionSyntax | undefined;
      readonly at: CLocation;
    };

/** An initializer. */
export type InitializerSyntax =
  | { readonly kind: 'expression'; readonly expression: ExpressionSyntax; readonly at: CLocation }
  | {
      readonly kind: 'list';
      readonly items: readonly {
        readonly designators: readonly DesignatorSyntax[];
        readonly initializer: InitializerSyntax;
        readonly at: CLocation;
      }[];
      readonly at: CLocation;
      /** Where the closing brace is. */
      readonly end: CLocation;
    };

/** Binary operators as written (assignment and comma are separate nodes). */
export type BinaryOperatorSyntax =
  | '*'
  | '/'
  | '%'
  | '+'
  | '-'
  | '<<'
  | '>>'
  | '<'
  | '>'
  | '<='
  | '>='
  | '=='
  | '!='
  | '&'
  | '^'
  | '|'
  | '&&'
  | '||';

/** Assignment operators. */
export type AssignOperatorSyntax =
  '=' | '*=' | '/=' | '%=' | '+=' | '-=' | '<<=' | '>>=' | '&=' | '^=' | '|=';

/** An expression. */
export type ExpressionSyntax =
  | { readonly kind: 'name'; readonly name: string; readonly at: CLocation }
  /** A number's pp-number spelling. */
  | { readonly kind: 'number'; readonly text: string; readonly at: CLocation }
  /** A character constant's spelling with prefix and quotes. */
  | { readonly kind: 'char'; readonly text: string; readonly at: CLocation }
  /** Adjacent string literals, each spelled with prefix and quotes; the analyser concatenates them. */
  | {
      readonly kind: 'string';
      readonly parts: readonly { readonly text: string; readonly at: CLocation }[];
      readonly at: CLocation;
    }
  | {
      readonly kind: 'unary';
      readonly operator: '+' | '-' | '!' | '~' | '*' | '&' | '++' | '--';
      readonly operand: ExpressionSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'postfix';
      readonly operator: '++' | '--';
      readonly operand: ExpressionSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'binary';
      readonly operator: BinaryOperatorSyntax;
      readonly left: ExpressionSyntax;
      readonly right: ExpressionSyntax;
      /** The operator's location. */
      readonly at: CLocation;
    }
  | {
      readonly kind: 'assign';
      readonly operator: AssignOperatorSyntax;
      readonly target: ExpressionSyntax;
      readonly value: ExpressionSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'conditional';
      readonly condition: ExpressionSyntax;
      /** Undefined in gcc's `a ?: b`, whose middle operand is the condition's value. */
      readonly then: ExpressionSyntax | undefined;
      readonly otherwise: ExpressionSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'comma';
      readonly left: ExpressionSyntax;
      readonly right: ExpressionSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'cast';
      readonly typeName: TypeNameSyntax;
      readonly operand: ExpressionSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'sizeofExpression' | 'alignofExpression';
      readonly operand: ExpressionSyntax;
      readonly at: CLocation;
    }
  | { readonly kind: 'sizeofType' | 'alignofType'; readonly typeName: TypeNameSyntax; readonly at: CLocation }
  | {
      readonly kind: 'call';
      readonly callee: ExpressionSyntax;
      readonly arguments: readonly ExpressionSyntax[];
      readonly at: CLocation;
    }
  | {
      readonly kind: 'index';
      readonly array: ExpressionSyntax;
      readonly index: ExpressionSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'member';
      readonly object: ExpressionSyntax;
      readonly name: string;
      readonly arrow: boolean;
      /** The member name's location. */
      readonly at: CLocation;
    }
  | {
      readonly kind: 'compoundLiteral';
      readonly typeName: TypeNameSyntax;
      readonly initializer: InitializerSyntax & { readonly kind: 'list' };
      readonly at: CLocation;
    }
  /** `(expression)`: kept so that `sizeof (a)`, `(f)(x)` and string initializers in parentheses work. */
  | { readonly kind: 'parenthesized'; readonly expression: ExpressionSyntax; readonly at: CLocation }
  | {
      readonly kind: 'vaStart';
      readonly list: ExpressionSyntax;
      readonly last: ExpressionSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'vaArg';
      readonly list: ExpressionSyntax;
      readonly typeName: TypeNameSyntax;
      readonly at: CLocation;
    }
  | { readonly kind: 'vaEnd'; readonly list: ExpressionSyntax; readonly at: CLocation }
  | {
      readonly kind: 'vaCopy';
      readonly target: ExpressionSyntax;
      readonly source: ExpressionSyntax;
      readonly at: CLocation;
    }
  /** `__builtin_types_compatible_p(first, second)`. */
  | {
      readonly kind: 'typesCompatible';
      readonly first: TypeNameSyntax;
      readonly second: TypeNameSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'generic';
      readonly control: ExpressionSyntax;
      /** The associations in order; `default:` has no type name. */
      readonly associations: readonly {
        readonly typeName: TypeNameSyntax | undefined;
        readonly expression: ExpressionSyntax;
        readonly at: CLocation;
      }[];
      readonly at: CLocation;
    }
  /** gcc's statement expression `({ ...; value; })`: the value of its last expression statement. */
  | {
      readonly kind: 'statementExpression';
      readonly body: StatementSyntax & { readonly kind: 'block' };
      readonly at: CLocation;
    }
  | {
      readonly kind: 'offsetof';
      readonly typeName: TypeNameSyntax;
      /** The member designator: the first is always a member name. */
      readonly path: readonly (
        | { readonly kind: 'member'; readonly name: string; readonly at: CLocation }
        | { readonly kind: 'index'; readonly index: ExpressionSyntax; readonly at: CLocation }
      )[];
      readonly at: CLocation;
    };

/** A statement, or a declaration inside a block. */
export type StatementSyntax =
  | { readonly kind: 'expression'; readonly expression: ExpressionSyntax; readonly at: CLocation }
  | DeclarationSyntax
  | StaticAssertSyntax
  | {
      readonly kind: 'block';
      readonly items: readonly StatementSyntax[];
      readonly at: CLocation;
      readonly end: CLocation;
    }
  | {
      readonly kind: 'if';
      readonly condition: ExpressionSyntax;
      readonly then: StatementSyntax;
      readonly otherwise: StatementSyntax | undefined;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'while';
      readonly condition: ExpressionSyntax;
      readonly body: StatementSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'doWhile';
      readonly body: StatementSyntax;
      readonly condition: ExpressionSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'for';
      /** A declaration or an expression statement. */
      readonly init: DeclarationSyntax | ExpressionSyntax | undefined;
      readonly condition: ExpressionSyntax | undefined;
      readonly step: ExpressionSyntax | undefined;
      readonly body: StatementSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'switch';
      readonly value: ExpressionSyntax;
      readonly body: StatementSyntax;
      readonly at: CLocation;
    }
  | {
      readonly kind: 'case';
      readonly value: ExpressionSyntax;
      /** gcc's `case 1 ... 5:`. */
      readonly last: ExpressionSyntax | undefined;
      readonly body: StatementSyntax;
      readonly at: CLocation;
    }
  | { readonly kind: 'default'; readonly body: StatementSyntax; readonly at: CLocation }
  | { readonly kind: 'break'; readonly at: CLocation }
  | { readonly kind: 'continue'; readonly at: CLocation }
  | { readonly kind: 'return'; readonly value: ExpressionSyntax | undefined; readonly at: CLocation }
  | { readonly kind: 'goto'; readonly label: string; readonly at: CLocation }
  | {
      readonly kind: 'label';
      readonly label: string;
      readonly body: StatementSyntax;
      readonly at: CLocation;
    }
  | { readonly kind: 'empty'; readonly at: CLocation };
