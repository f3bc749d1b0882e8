/** A report's first list as rows and columns: what the exports write. */
export interface Table {
  /** Where the list is in the result, e.g. ["scores", "edges"]. */
  listPath: string[];
  columns: string[];
  rows: unknown[][];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first array met walking `data` depth-first in field order (the document's order). */
function firstList(value: unknown, path: string[]): { path: string[]; items: unknown[] } | null {
  if (Array.isArray(value)) return { path, items: value };
  if (!isPlainObject(value)) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = firstList(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

// Nested objects become dotted columns; nested lists stay whole, as JSON text.
function flatten(value: unknown, prefix: string, into: Map<string, unknown>): void {
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  into.set(prefix || 'value', Array.isArray(value) ? JSON.stringify(value) : value);
}

/**
 * Flattens the first list found in a GraphQL result into a table: one row per item, one
 * column per leaf field (dotted paths, in first-seen order). The items of a Relay
 * connection's `edges` lose their `node.` prefix, so `scores.edges` gives `regionCode`,
 * `value`… A result without a list gives an empty table.
 */
export function tableOf(data: unknown): Table {
  const list = firstList(data, []);
  if (!list) return { listPath: [], columns: [], rows: [] };
  const unwrapNodes = list.path[list.path.length - 1] === 'edges';
  const flat = list.items.map((item) => {
    const cells = new Map<string, unknown>();
    flatten(item, '', cells);
    if (!unwrapNodes) return cells;
    return new Map([...cells].map(([k, v]) => [k.startsWith('node.') ? k.slice(5) : k, v] as const));
  });
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const cells of flat) {
    for (const key of cells.keys()) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  return { listPath: list.path, columns, rows: flat.map((cells) => columns.map((c) => (cells.has(c) ? cells.get(c) : null))) };
}
