/** A report's first list as rows and columns: what the exports write. */
export interface Table {
  /** Where the list is in the result, e.g. ["scores", "edges"]. */
  listPath: string[];
  columns: string[];
  rows: unknown[][];
  /** Generated demo datasets the rows were built from (empty for real data only). */
  demoData: string[];
}

/** The column every row of a table built from demo data carries, so no file passes for real results. */
export const DEMO_COLUMN = 'demoData';

/** What the demo column says on every row. */
export function demoNote(labels: readonly string[]): string {
  return `GENERATED DEMO DATA, not real evaluation results (${labels.join('; ')})`;
}

/**
 * Marks a table as built from demo data: `demoData` lists the datasets and every row gets a
 * last column saying so. A table of real data only is returned as it is.
 */
export function withDemoLabel(table: Table, labels: readonly string[]): Table {
  const demoData = [...new Set([...table.demoData, ...labels])].sort();
  if (!demoData.length) return table;
  const note = demoNote(demoData);
  const at = table.columns.indexOf(DEMO_COLUMN);
  if (at >= 0) return { ...table, demoData, rows: table.rows.map((row) => row.map((cell, i) => (i === at ? note : cell))) };
  return { ...table, demoData, columns: [...table.columns, DEMO_COLUMN], rows: table.rows.map((row) => [...row, note]) };
}

// Whether any object in `value` says it is demo data (`demo: true` or `isDemo: true`).
export function marksDemo(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(marksDemo);
  if (!isPlainObject(value)) return false;
  return Object.entries(value).some(([key, child]) => ((key === 'demo' || key === 'isDemo') && child === true) || marksDemo(child));
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
  if (!list) return { listPath: [], columns: [], rows: [], demoData: [] };
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
  return {
    listPath: list.path,
    columns,
    rows: flat.map((cells) => columns.map((c) => (cells.has(c) ? cells.get(c) : null))),
    demoData: [],
  };
}
