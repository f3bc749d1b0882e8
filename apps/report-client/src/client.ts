import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** An error the API answered with: its message and stable code (extensions.code). */
export class RaporError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'RaporError';
  }
}

/**
 * A minimal typed GraphQL client for Rapor's report API: POST, the GraphQL-over-HTTP media
 * type, the API key in `x-api-key`. Results and variables are typed by the documents that
 * GraphQL Code Generator compiled from the API's schema.
 */
export class RaporClient {
  constructor(
    private readonly url: string,
    private readonly apiKey: string,
  ) {}

  async request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': this.apiKey },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await res.json()) as { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } }[] };
    const [error] = body.errors ?? [];
    if (error) throw new RaporError(error.message, error.extensions?.code ?? 'UNKNOWN', res.status);
    if (!body.data) throw new RaporError(`The API answered ${res.status} without data`, 'NO_DATA', res.status);
    return body.data;
  }
}
