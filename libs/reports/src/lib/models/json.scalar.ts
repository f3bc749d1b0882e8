import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/**
 * Any JSON value: a saved report's variables, a report's raw result and its table cells.
 * Reports are arbitrary GraphQL documents, so their results have no fixed type.
 */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value (object, array, string, number, boolean or null).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
