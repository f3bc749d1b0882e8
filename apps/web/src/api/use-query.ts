import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, request } from './client';

export type QueryState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError }
  | { status: 'ok'; data: T; error?: undefined };

/**
 * Runs a typed document whenever its variables change (`skip` waits until they are known);
 * a later answer never overwrites a newer request's.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  skip = false,
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState({ status: 'loading' });
    (request as (d: typeof document, v: TVariables) => Promise<TResult>)(document, variables).then(
      (data) => current && setState({ status: 'ok', data }),
      (error: unknown) =>
        current &&
        setState({
          status: 'error',
          error: error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR'),
        }),
    );
    return () => {
      current = false;
    };
  }, [document, key, skip]);
  return state;
}
