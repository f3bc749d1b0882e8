import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the client's documents, from the API's committed schema:
// `npx nx run report-client:codegen` after changing a document or the schema.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/report-client/src/**/*.ts', '!apps/report-client/src/gql/**'],
  generates: {
    'apps/report-client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { JSON: 'unknown', DateTime: 'string' },
      },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
