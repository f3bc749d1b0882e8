import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { hashPassword, provisionAccount, TOKEN_AUDIENCE, TOKEN_ISSUER } from '@rapor/auth';
import type { TestApp } from './app';
import type { TestDatabase } from './database';

/** The password of every fixture account. */
export const FIXTURE_PASSWORD = 'correct horse battery staple';
/** The JWT secret `startTestApp` configures. */
export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123';

// argon2id at OWASP's parameters costs ~50 ms: hash once per test file, reuse in every fixture.
let fixtureHash: Promise<string> | null = null;
export function fixturePasswordHash(): Promise<string> {
  return (fixtureHash ??= hashPassword(FIXTURE_PASSWORD));
}

export interface FixtureUserSpec {
  email?: string;
  name?: string;
  operator?: boolean;
  /** Province codes the account reviews. */
  reviewerOf?: readonly string[];
  /** Region roles, e.g. `{ '19.71': 'admin' }`. */
  regions?: Record<string, 'admin' | 'editor' | 'viewer'>;
  mustChangePassword?: boolean;
  disabled?: boolean;
}

export interface FixtureUser {
  id: string;
  email: string;
  password: string;
}

/** One account of each role around Kota Pangkal Pinang (19.71) and Bangka Tengah (19.04), with a reviewer of Bangka Belitung (19) and one of another province (13). */
export const ROLE_CAST = {
  operator: { operator: true },
  reviewer19: { reviewerOf: ['19'] },
  reviewer13: { reviewerOf: ['13'] },
  admin1971: { regions: { '19.71': 'admin' } },
  editor1971: { regions: { '19.71': 'editor' } },
  viewer1971: { regions: { '19.71': 'viewer' } },
  admin1904: { regions: { '19.04': 'admin' } },
} as const satisfies Record<string, FixtureUserSpec>;

/** The people around a Bangka Belitung (19) period and its boards: its reviewer, two regions' teams, and outsiders from Sumatera Barat (13). */
export const BOARD_CAST = {
  reviewer: { reviewerOf: ['19'] },
  reviewer13: { reviewerOf: ['13'] },
  adminPK: { regions: { '19.71': 'admin' } },
  editorPK: { regions: { '19.71': 'editor' } },
  adminBT: { regions: { '19.04': 'admin' } },
  editorBT: { regions: { '19.04': 'editor' } },
  viewerPadang: { regions: { '13.71': 'viewer' } },
} as const satisfies Record<string, FixtureUserSpec>;

let emails = 0;
/** A unique email for a fixture account. */
export function uniqueEmail(label = 'user'): string {
  return `${label}.${++emails}.${randomBytes(3).toString('hex')}@rapor.test`;
}

/**
 * Creates an account with memberships through the owner connection, bypassing the API,
 * with the fixture password's hash made once.
 */
export async function createFixtureUser(db: TestDatabase, spec: FixtureUserSpec = {}): Promise<FixtureUser> {
  const email = spec.email ?? uniqueEmail();
  const { id, created } = await provisionAccount(db.ownerUrl, {
    email,
    displayName: spec.name ?? email.split('@')[0],
    passwordHash: await fixturePasswordHash(),
    isOperator: spec.operator,
    reviewerOf: spec.reviewerOf,
    regions: spec.regions,
    mustChangePassword: spec.mustChangePassword,
    disabled: spec.disabled,
  });
  if (!created) throw new Error(`fixture account ${email} exists already`);
  return { id, email, password: FIXTURE_PASSWORD };
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  scope: string | null;
}

export const LOGIN = `mutation($email: String!, $password: String!, $scope: String) {
  login(email: $email, password: $password, scope: $scope) { accessToken refreshToken scope expiresIn user { id email } }
}`;

/** Signs in through the API; fails the test when the sign-in fails. */
export async function login(t: TestApp, user: { email: string; password: string }, scope?: string): Promise<Tokens> {
  const res = await t.gql<{ login: Tokens }>(LOGIN, { email: user.email, password: user.password, scope });
  if (!res.data?.login) throw new Error(`login of ${user.email} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login;
}

/** Headers for an access token (and optionally a scope). */
export function bearer(accessToken: string, scope?: string): Record<string, string> {
  return { authorization: `Bearer ${accessToken}`, ...(scope ? { 'x-rapor-scope': scope } : {}) };
}

/** Signs arbitrary access-token claims, for expired, forged and altered tokens. */
export function signAccessToken(
  claims: Record<string, unknown>,
  options: { secret?: string; expiresIn?: number; algorithm?: 'HS256' | 'HS512' } = {},
): string {
  return new JwtService().sign(
    { typ: 'access', ...claims },
    {
      secret: options.secret ?? TEST_JWT_SECRET,
      algorithm: options.algorithm ?? 'HS256',
      expiresIn: options.expiresIn ?? 900,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
    },
  );
}

/**
 * Creates one fixture account per entry and signs each in; returns the accounts and the
 * headers that act as them (keyed like `specs`).
 */
export async function signInAll<K extends string>(
  db: TestDatabase,
  t: TestApp,
  specs: Readonly<Record<K, FixtureUserSpec>>,
): Promise<{ people: Record<K, FixtureUser>; tokens: Record<K, string>; headers: Record<K, Record<string, string>> }> {
  const people = {} as Record<K, FixtureUser>;
  const tokens = {} as Record<K, string>;
  const headers = {} as Record<K, Record<string, string>>;
  for (const name of Object.keys(specs) as K[]) {
    people[name] = await createFixtureUser(db, { ...specs[name], email: specs[name].email ?? uniqueEmail(name) });
    tokens[name] = (await login(t, people[name])).accessToken;
    headers[name] = bearer(tokens[name]);
  }
  return { people, tokens, headers };
}
