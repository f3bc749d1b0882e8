import type { GraphQLSchema } from 'graphql';

/**
 * Describes the root types, which code-first resolvers cannot: every type of the published
 * schema has a description (a test holds the schema to it).
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query && !query.description) {
    query.description =
      'Everything that can be read. Each root field runs in one database transaction as the caller; row-level security decides what it sees.';
  }
  if (mutation && !mutation.description) {
    mutation.description =
      'Everything that can be changed (never with an API key: keys are read-only). Each root field runs in one database transaction.';
  }
  return schema;
}
