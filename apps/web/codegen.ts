import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the web app, from the API's committed schema:
// `npm run codegen:web` after changing a document or the schema (a test fails when stale).
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx', '!apps/web/src/gql/**'],
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        documentMode: 'string',
        scalars: { JSON: 'unknown', DateTime: 'string' },
      },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
