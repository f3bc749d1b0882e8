import type { ApolloServer } from '@apollo/server';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { AppError } from '@rapor/db';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type GraphQLFormattedError,
} from 'graphql';
import { REPORTS_OPTIONS, type ReportsOptions } from './reports.options';

/** A document as it may be saved: one query operation, checked against the schema. */
export interface CheckedDocument {
  operationName: string | null;
}

/** The outcome of running a document: `data` and the errors as the API reports them. */
export interface DocumentResult {
  data: Record<string, unknown> | null;
  errors: readonly GraphQLFormattedError[];
}

// A saved report may not run saved reports (no recursion through the API).
const FORBIDDEN_FIELDS = new Set(['runSavedReport']);

/**
 * Checks and runs saved report documents against the API's own schema. Runs go through
 * Apollo Server's whole pipeline (`executeOperation`): the same limits, resolvers, guards,
 * per-field tenant transactions and error formatting as an HTTP request, with the caller's
 * request as the context — inside the caller's transaction when one is open.
 */
@Injectable()
export class ReportExecutor {
  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(REPORTS_OPTIONS) private readonly options: ReportsOptions,
  ) {}

  /** BAD_USER_INPUT (or the limit's own code) unless the document is a runnable query with these variables. */
  check(document: string, operationName: string | null, variables: Record<string, unknown>): CheckedDocument {
    let ast: DocumentNode;
    try {
      ast = parse(document, { maxTokens: this.options.maxTokens });
    } catch (error) {
      throw new AppError('BAD_USER_INPUT', `document is not a GraphQL document: ${(error as Error).message}`, ['document']);
    }
    // The GraphQL module is the application's, not this library's: found at call time.
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    const [invalid] = validate(schema, ast, [...specifiedRules, ...this.options.documentRules]);
    if (invalid) throw fromGraphQLError(invalid, 'document', this.options.hideSuggestions);
    const operation = getOperationAST(ast, operationName ?? undefined);
    if (!operation) {
      throw new AppError(
        'BAD_USER_INPUT',
        operationName
          ? `document has no operation named ${operationName}`
          : 'document has several operations: give operationName',
        ['operationName'],
      );
    }
    if (operation.operation !== 'query')
      throw new AppError('BAD_USER_INPUT', 'A saved report must be a query, not a mutation or subscription', ['document']);
    visit(ast, {
      Field(node) {
        if (FORBIDDEN_FIELDS.has(node.name.value))
          throw new AppError('BAD_USER_INPUT', `A saved report may not use ${node.name.value}`, ['document']);
      },
    });
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) throw new AppError('BAD_USER_INPUT', coerced.errors.map((e) => e.message).join('; '), ['variables']);
    return { operationName: operation.name?.value ?? null };
  }

  /** Runs a document as the request behind `contextValue` (the GraphQL context: `{ req }`). */
  async run(
    contextValue: object,
    document: string,
    operationName: string | null,
    variables: Record<string, unknown>,
  ): Promise<DocumentResult> {
    const server = this.moduleRef.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as {
      instance: ApolloServer<object>;
    };
    const response = await server.instance.executeOperation(
      { query: document, operationName: operationName ?? undefined, variables },
      { contextValue },
    );
    if (response.body.kind !== 'single') throw new Error('A saved report returned an incremental result');
    const { data, errors } = response.body.singleResult;
    return { data: (data as Record<string, unknown> | null | undefined) ?? null, errors: errors ?? [] };
  }
}

function fromGraphQLError(error: GraphQLError, field: string, hideSuggestions: boolean): AppError {
  const code = error.extensions['code'];
  const { code: _code, ...details } = error.extensions;
  const message = hideSuggestions ? error.message.replace(/ ?Did you mean .+\?/, '') : error.message;
  return new AppError(typeof code === 'string' ? code : 'BAD_USER_INPUT', message, [field], details);
}
