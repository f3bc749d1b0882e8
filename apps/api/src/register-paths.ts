// Resolves the workspace's `@rapor/*` aliases in the compiled output (dist/), from the same
// `paths` that TypeScript and Jest use. Imported first by every entry point.
import Module from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const distRoot = resolve(__dirname, '..', '..', '..');
const base = JSON.parse(readFileSync(join(distRoot, '..', 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const aliases = new Map(
  Object.entries(base.compilerOptions.paths).map(([alias, [target]]) => [alias, join(distRoot, target.replace(/\.ts$/, '.js'))]),
);

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleWithResolve = Module as unknown as { _resolveFilename: Resolve };
const original = moduleWithResolve._resolveFilename;
moduleWithResolve._resolveFilename = function (request: string, ...rest: unknown[]) {
  return original.call(this, aliases.get(request) ?? request, ...rest);
};
