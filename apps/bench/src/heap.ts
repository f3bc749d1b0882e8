// What holds a server's memory: a V8 heap snapshot summed by constructor, the heap spaces, and
// the source kept for each loaded package (V8 keeps every loaded script's source in the heap).

/** The part of a V8 .heapsnapshot the summary reads. */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Self size of one kind of heap object: V8's node type and, for objects, the constructor. */
export interface HeapGroup {
  group: string;
  count: number;
  bytes: number;
}

/** Node types whose name is the constructor (or function name), worth telling apart. */
const NAMED = new Set(['object', 'closure', 'native']);

/** Self sizes by kind of object, largest first, and the total (bytes). */
export function heapSummary(s: HeapSnapshot, top = 20): { total: number; groups: HeapGroup[] } {
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const groups = new Map<string, HeapGroup>();
  let total = 0;
  for (let i = 0; i < s.nodes.length; i += width) {
    const type = types[s.nodes[i + typeAt]];
    const bytes = s.nodes[i + sizeAt];
    total += bytes;
    const key = NAMED.has(type) ? `${type} ${s.strings[s.nodes[i + nameAt]]}` : `(${type})`;
    const g = groups.get(key) ?? { group: key, count: 0, bytes: 0 };
    g.count++;
    g.bytes += bytes;
    groups.set(key, g);
  }
  return { total, groups: [...groups.values()].sort((a, b) => b.bytes - a.bytes).slice(0, top) };
}

/** Where a loaded file belongs: its npm package, or the workspace folder (apps/x, libs/x). */
export function packageOf(filename: string): string {
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(filename);
  if (pkg) return pkg[1];
  const ws = /\/(apps|libs)\/([^/]+)\//.exec(filename);
  return ws ? `${ws[1]}/${ws[2]}` : filename.startsWith('node:') ? 'node core' : '(other)';
}

/** Loaded modules and their source bytes per package, largest first. */
export function loadedPackages(files: readonly { filename: string; bytes: number }[]): { name: string; modules: number; bytes: number }[] {
  const out = new Map<string, { name: string; modules: number; bytes: number }>();
  for (const f of files) {
    const name = packageOf(f.filename);
    const p = out.get(name) ?? { name, modules: 0, bytes: 0 };
    p.modules++;
    p.bytes += f.bytes;
    out.set(name, p);
  }
  return [...out.values()].sort((a, b) => b.bytes - a.bytes);
}

/** A server's memory after load, as the child reports it (see memoryReport). */
export interface MemoryReport {
  rss: number;
  peakRss: number | null;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** V8's heap spaces (bytes in use / committed). */
  spaces: { name: string; used: number; size: number }[];
  packages: { name: string; modules: number; bytes: number }[];
  /** The heap snapshot's summary, when one was asked for. */
  heap: { file: string; total: number; groups: HeapGroup[] } | null;
}
