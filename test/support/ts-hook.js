// A minimal TypeScript loader for the test harness's helper process: our own .ts files are
// transpiled in memory; dependencies load natively (including the ES-module-only ones).
const fs = require('node:fs');
const { join } = require('node:path');
const ts = require('typescript');
const { register } = require('tsconfig-paths');

const root = join(__dirname, '..', '..');
const base = require(join(root, 'tsconfig.base.json'));
register({ baseUrl: root, paths: base.compilerOptions.paths });

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      resolveJsonModule: true,
    },
  });
  module._compile(outputText, filename);
};
