import type { INestApplication } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_PERMISSION, PERMISSIONS, type Permission } from '@rapor/permissions';
import { startTestApp, type TestApp } from './support/app';
import { bearer, createFixtureUser, login } from './support/auth';
import { createTestDatabase, type TestDatabase } from './support/database';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

interface Endpoint {
  /** "Query.leaderboard", "GET /reports/:id.csv" */
  name: string;
  permission: Permission | undefined;
}

type Handler = (...args: unknown[]) => unknown;

// Every handler of every resolver and controller Nest discovered, with its metadata.
function handlers(app: INestApplication): { owner: object; name: string; handler: Handler; controller: boolean }[] {
  const found: { owner: object; name: string; handler: Handler; controller: boolean }[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    const wrappers = [
      ...[...module.providers.values()].map((w) => ({ w, controller: false })),
      ...[...module.controllers.values()].map((w) => ({ w, controller: true })),
    ];
    for (const { w, controller } of wrappers) {
      const owner = w.metatype as (new (...args: unknown[]) => object) | null;
      if (!owner || typeof owner !== 'function' || !owner.prototype) continue;
      for (const name of Object.getOwnPropertyNames(owner.prototype)) {
        const handler = Object.getOwnPropertyDescriptor(owner.prototype, name)?.value as Handler | undefined;
        if (name !== 'constructor' && typeof handler === 'function') found.push({ owner, name, handler, controller });
      }
    }
  }
  return found;
}

/** Root fields of the served schema, each with the permission its handler declares. */
function rootFields(app: INestApplication): Endpoint[] {
  const byField = new Map<string, Handler>();
  for (const { name, handler } of handlers(app)) {
    const type = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
    if (type !== 'Query' && type !== 'Mutation') continue;
    byField.set(`${type}.${(Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? name}`, handler);
  }
  const schema = app.get(GraphQLSchemaHost).schema;
  const fields = [
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
  ];
  return fields.map((name) => {
    const handler = byField.get(name);
    return { name, permission: handler && (Reflect.getMetadata(ACCESS_PERMISSION, handler) as Permission | undefined) };
  });
}

/** HTTP routes of every controller, each with the permission its handler declares. */
function routes(app: INestApplication): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const { owner, handler, controller } of handlers(app)) {
    if (!controller || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, owner) ?? '').replace(/^\/|\/$/g, '');
    const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '').replace(/^\/|\/$/g, '');
    const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
    endpoints.push({
      name: `${method} /${[base, path].filter(Boolean).join('/')}`,
      permission: Reflect.getMetadata(ACCESS_PERMISSION, handler) as Permission | undefined,
    });
  }
  return endpoints;
}

function who(permission: Permission | undefined): string {
  if (!permission) return 'NOTHING DECLARED';
  const { audience } = PERMISSIONS[permission];
  if (typeof audience === 'string') return audience;
  return Object.entries(audience)
    .map(([role, reach]) => (reach === 'anywhere' ? role : `${role} (${reach})`))
    .join(', ');
}

// Who can reach what. A diff in the snapshot of this file is a change of who can reach an
// endpoint: review it as such. Row-level security stays the second line underneath.
describe('endpoint permissions', () => {
  let db: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp(db);
  });

  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('finds every root field and route (the enumeration itself works)', () => {
    const fields = rootFields(t.app).map((e) => e.name);
    expect(fields).toEqual(expect.arrayContaining(['Query.leaderboard', 'Mutation.publishPeriod', 'Query.me', 'Mutation.login']));
    expect(fields.length).toBeGreaterThan(60);
    expect(routes(t.app).map((e) => e.name)).toEqual(
      expect.arrayContaining(['POST /periods/:periodId/official-results', 'GET /reports/:id.csv', 'GET /health/live']),
    );
  });

  it('has a permission declared on every root field and HTTP route', () => {
    const undeclared = [...rootFields(t.app), ...routes(t.app)].filter((e) => !e.permission).map((e) => e.name);
    expect(undeclared).toEqual([]);
  });

  it('lets these roles reach these endpoints', () => {
    const lines = [...rootFields(t.app), ...routes(t.app)]
      .map((e) => `${e.name}: ${e.permission ?? '-'} → ${who(e.permission)}`)
      .sort();
    expect(lines).toMatchSnapshot();
  });

  it('holds a person with a temporary password to changing it, on every kind of endpoint', async () => {
    const newcomer = await createFixtureUser(db, { regions: { '19.71': 'admin' }, mustChangePassword: true });
    const headers = bearer((await login(t, newcomer)).accessToken);
    const asked = [
      `{ units(regionCode: "19.71") { id } }`,
      `{ leaderboard(provinceCode: "19", frameworkCode: "RB", year: 2024) { rows { regionCode } } }`,
      `{ periods { id } }`,
      `{ frameworks { code } }`,
      `{ savedReports { id } }`,
      `{ nationalLeaderboard(frameworkCode: "RB", year: 2024) { regions { regionCode } } }`,
    ];
    for (const query of asked) {
      const res = await t.gql(query, {}, headers);
      expect([query, res.errors?.[0]?.extensions['code']]).toEqual([query, 'PASSWORD_CHANGE_REQUIRED']);
    }
    // Their own account and public reference data stay reachable.
    expect((await t.gql(`{ me { user { id } } }`, {}, headers)).errors).toBeUndefined();
    expect((await t.gql(`{ provinces { code } }`, {}, headers)).errors).toBeUndefined();
  });

  it('says UNAUTHENTICATED, not FORBIDDEN, to anonymous callers of a signed-in endpoint', async () => {
    for (const query of [`{ periods { id } }`, `{ units(regionCode: "19.71") { id } }`, `mutation { deletePeerGroup(id: "x") }`]) {
      const res = await t.gql(query);
      expect([query, res.errors?.[0]?.extensions['code']]).toEqual([query, 'UNAUTHENTICATED']);
    }
  });
});
