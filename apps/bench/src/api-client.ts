import { generatePassword, provisionAccount } from '@rapor/auth';
import { LOGIN } from './queries';

export interface GqlAnswer<T> {
  status: number;
  data: T | null;
  errors: { message: string; extensions?: Record<string, unknown> }[] | null;
  ms: number;
}

/** One GraphQL request over HTTP (as a client would send it). */
export async function gql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlAnswer<T>> {
  const started = performance.now();
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GqlAnswer<T>['errors'] };
  return { status: res.status, data: body.data ?? null, errors: body.errors ?? null, ms: performance.now() - started };
}

/** The data of a request that must succeed; throws with the GraphQL errors otherwise. */
export async function must<T>(answer: Promise<GqlAnswer<T>>, what: string): Promise<T> {
  const a = await answer;
  if (a.errors?.length || a.data === null) throw new Error(`${what} failed (${a.status}): ${JSON.stringify(a.errors)}`);
  return a.data;
}

/** The benchmark's sign-ins: created as the schema owner, like the CLI's first operator. */
export interface BenchAccounts {
  password: string;
  /** The reviewer's user id (the floor sets the principal the API sets for it). */
  reviewerId: string;
  /** The operator's user id (the national floor's principal). */
  operatorId: string;
  operator: string;
  reviewer: string;
  viewer: string;
}

/** Creates an operator, a reviewer of the compared provinces and a viewer of one region in each. */
export async function createAccounts(
  ownerUrl: string,
  provinces: readonly string[],
  regions: readonly string[],
): Promise<BenchAccounts> {
  const password = generatePassword();
  const emails = {
    operator: 'operator@bench.rapor.test',
    reviewer: 'reviewer@bench.rapor.test',
    viewer: 'viewer@bench.rapor.test',
  };
  const operator = await provisionAccount(ownerUrl, { email: emails.operator, displayName: 'Bench operator', password, isOperator: true });
  const reviewer = await provisionAccount(ownerUrl, {
    email: emails.reviewer,
    displayName: 'Bench reviewer',
    password,
    reviewerOf: provinces,
  });
  await provisionAccount(ownerUrl, {
    email: emails.viewer,
    displayName: 'Bench viewer',
    password,
    regions: Object.fromEntries(regions.map((r) => [r, 'viewer' as const])),
  });
  return { password, reviewerId: reviewer.id, operatorId: operator.id, ...emails };
}

/** Signs in through the API's `login` mutation and returns the Authorization header. */
export async function signIn(baseUrl: string, email: string, password: string, scope: string): Promise<Record<string, string>> {
  const data = await must(
    gql<{ login: { accessToken: string } }>(baseUrl, LOGIN, { email, password, scope }),
    `login of ${email} (${scope})`,
  );
  return { authorization: `Bearer ${data.login.accessToken}` };
}
