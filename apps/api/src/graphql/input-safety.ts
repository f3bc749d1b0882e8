import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type ValueNode } from 'graphql';

// C0 controls other than tab, line feed and carriage return, DEL, and the C1 controls: no
// name, note, comment or evidence needs them, and PostgreSQL refuses NUL (22021) in text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// A UTF-16 surrogate without its pair cannot be encoded as UTF-8: the driver would store U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when a string input holds a control character or a lone surrogate. */
export function isUnsafeText(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

/** A request refused because a string in it holds a control character (BAD_USER_INPUT, HTTP 400). */
export class UnsafeInputError extends GraphQLError {
  constructor(readonly fields: string[]) {
    super(`Text inputs may not contain control characters (such as NUL) or unpaired surrogates: ${fields.join(', ')}`, {
      extensions: { code: 'BAD_USER_INPUT', fields, http: { status: 400, headers: new Map() } },
    });
    this.name = 'UnsafeInputError';
  }
}

/** The error of a formatted error when it is an UnsafeInputError. */
export function unsafeInputErrorOf(error: unknown): UnsafeInputError | null {
  return error instanceof UnsafeInputError ? error : null;
}

export type Path = (string | number)[];

// A path kept as a chain of links, so that walking a deeply nested value costs linear time.
interface Link {
  key: string | number;
  parent: Link | null;
}
const pathOf = (link: Link | null, root: Path): Path => {
  const keys: Path = [];
  for (let l = link; l; l = l.parent) keys.push(l.key);
  return [...root, ...keys.reverse()];
};

/**
 * Paths of the unsafe strings inside a JSON value (at most 20), under `root`; iterative, so
 * deep nesting cannot overflow the stack. Also what the plain-HTTP endpoints' pipe checks.
 */
export function unsafeIn(value: unknown, root: Path): Path[] {
  const found: Path[] = [];
  const stack: [unknown, Link | null][] = [[value, null]];
  while (stack.length > 0 && found.length < 20) {
    const [v, link] = stack.pop()!;
    if (typeof v === 'string') {
      if (isUnsafeText(v)) found.push(pathOf(link, root));
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, { key: i, parent: link }]));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) stack.push([item, { key, parent: link }]);
    }
  }
  return found;
}

// Paths of unsafe string literals inside an argument's literal value, and where each variable
// is used inside it (`input: { note: $note }` puts $note at "input.note").
function walkLiteral(node: ValueNode, path: Path, unsafe: Path[], uses: Map<string, Path>): void {
  switch (node.kind) {
    case Kind.STRING:
      if (isUnsafeText(node.value)) unsafe.push(path);
      return;
    case Kind.VARIABLE:
      if (!uses.has(node.name.value)) uses.set(node.name.value, path);
      return;
    case Kind.LIST:
      node.values.forEach((v, i) => walkLiteral(v, [...path, i], unsafe, uses));
      return;
    case Kind.OBJECT:
      for (const field of node.fields) walkLiteral(field.value, [...path, field.name.value], unsafe, uses);
      return;
    default:
      return;
  }
}

/**
 * Every string a request brings (its variables, and the string literals of its document) is
 * checked here, once, before any resolver or guard sees it: a control character or a lone
 * surrogate is BAD_USER_INPUT naming the argument path ("input.note"), never a database error.
 */
export function unsafeInputFields(document: DocumentNode, variables: Record<string, unknown> | undefined): string[] {
  const unsafe: Path[] = [];
  const uses = new Map<string, Path>();
  const visit = (selections: readonly { kind: string }[]): void => {
    for (const s of selections) {
      const node = s as { kind: string; arguments?: readonly { name: { value: string }; value: ValueNode }[]; selectionSet?: { selections: readonly { kind: string }[] }; directives?: readonly { arguments?: readonly { name: { value: string }; value: ValueNode }[] }[] };
      for (const arg of [...(node.arguments ?? []), ...(node.directives ?? []).flatMap((d) => d.arguments ?? [])]) {
        walkLiteral(arg.value, [arg.name.value], unsafe, uses);
      }
      if (node.selectionSet) visit(node.selectionSet.selections);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      for (const v of definition.variableDefinitions ?? []) {
        if (v.defaultValue) walkLiteral(v.defaultValue, [v.variable.name.value], unsafe, new Map());
      }
      visit(definition.selectionSet.selections);
    } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      visit(definition.selectionSet.selections);
    }
  }
  for (const [name, value] of Object.entries(variables ?? {})) {
    const at = uses.get(name) ?? [name];
    unsafe.push(...unsafeIn(value, at));
  }
  return [...new Set(unsafe.map((p) => p.join('.')))].sort();
}

/** Apollo plugin: refuses a request with unsafe text before it executes. */
export function inputSafetyPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const fields = unsafeInputFields(document, request.variables);
          if (fields.length > 0) throw new UnsafeInputError(fields);
        },
      };
    },
  };
}
