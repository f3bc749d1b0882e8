// Jest transformer for dependencies that ship ES modules only (NestJS 12, idn-area-data...).
// Jest on Node 20 cannot load them natively, so they are transpiled to CommonJS, with
// `import.meta` rewritten to its CommonJS equivalents.
const { createHash } = require('node:crypto');
const ts = require('typescript');

const VERSION = '2';

module.exports = {
  process(source, filename) {
    const replaced = source
      // `const require = createRequire(import.meta.url)`: CommonJS already has that require.
      .replace(/^\s*(?:const|let|var)\s+require\s*=\s*[^;\n]*createRequire\([^;\n]*;?\s*$/gm, '')
      .replace(/\bimport\.meta\.url\b/g, 'require("node:url").pathToFileURL(__filename).href')
      .replace(/\bimport\.meta\.dirname\b/g, '__dirname')
      .replace(/\bimport\.meta\.filename\b/g, '__filename');
    const { outputText } = ts.transpileModule(replaced, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        allowJs: true,
        esModuleInterop: true,
      },
    });
    return { code: outputText };
  },
  getCacheKey(source, filename) {
    return createHash('sha1').update(VERSION).update(filename).update(source).digest('hex');
  },
};
