import { ConfigError, loadConfig } from './config';

const valid = {
  DATABASE_URL: 'postgres://rapor_api:x@localhost:5432/rapor',
  JWT_SECRET: 'a'.repeat(32),
};

describe('loadConfig', () => {
  it('accepts a minimal production environment and applies defaults', () => {
    const config = loadConfig({ ...valid, NODE_ENV: 'production' });
    expect(config.port).toBe(3000);
    expect(config.graphqlIntrospection).toBe(false);
    expect(config.databaseOwnerUrl).toBeNull();
  });

  it('reports every bad key at once', () => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'staging', PORT: 'eighty', DATABASE_OWNER_URL: 'mysql://x', JWT_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const key of ['NODE_ENV', 'PORT', 'DATABASE_URL', 'DATABASE_OWNER_URL', 'JWT_SECRET']) {
      expect(problems).toContain(key);
    }
    expect((error as ConfigError).problems).toHaveLength(5);
  });

  it('trusts no proxy by default, and only the hops or addresses TRUST_PROXY names', () => {
    expect(loadConfig(valid).trustProxy).toBe(false);
    expect(loadConfig({ ...valid, TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ ...valid, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...valid, TRUST_PROXY: '172.18.0.0/16, 10.0.0.5,loopback, ::1' }).trustProxy).toEqual([
      '172.18.0.0/16',
      '10.0.0.5',
      'loopback',
      '::1',
    ]);
    for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.example.org', '999']) {
      expect(() => loadConfig({ ...valid, TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  it('has no default secret', () => {
    expect(() => loadConfig({ DATABASE_URL: valid.DATABASE_URL })).toThrow(/JWT_SECRET is required/);
  });

  it('limits GraphQL documents and API keys by default, and takes other limits', () => {
    const defaults = loadConfig(valid);
    expect(defaults.graphqlLimits).toEqual({
      maxDepth: 10,
      maxAliases: 15,
      maxTokens: 2000,
      maxCost: 50000,
      maxDirectives: 20,
      maxResultFields: 20000,
    });
    expect(defaults.apiKeyRateLimitPerMinute).toBe(120);
    const custom = loadConfig({ ...valid, GRAPHQL_MAX_DEPTH: '7', GRAPHQL_MAX_COST: '1000', API_KEY_RATE_LIMIT: '0' });
    expect(custom.graphqlLimits).toMatchObject({ maxDepth: 7, maxCost: 1000 });
    expect(custom.apiKeyRateLimitPerMinute).toBe(0);
    expect(() => loadConfig({ ...valid, GRAPHQL_MAX_DEPTH: '1', API_KEY_RATE_LIMIT: 'lots' })).toThrow(
      /GRAPHQL_MAX_DEPTH[\s\S]*API_KEY_RATE_LIMIT/,
    );
  });

  it('reads the notification settings: SMTP, sender, links, worker, webhook targets, reminders', () => {
    const defaults = loadConfig(valid).notifications;
    expect(defaults).toEqual({
      smtpUrl: null,
      mailFrom: 'Rapor <no-reply@rapor.local>',
      appUrl: 'http://localhost:3000',
      workerIntervalMs: 10000,
      production: false,
      allowLoopbackWebhooks: false,
      reminderIntervalSeconds: 3600,
    });
    expect(loadConfig({ ...valid, NODE_ENV: 'test' }).notifications.workerIntervalMs).toBe(0);
    const set = loadConfig({ ...valid, SMTP_URL: 'smtps://u:p@mail.example.go.id:465', APP_URL: 'https://rapor.example.go.id/', NOTIFICATION_WORKER_INTERVAL_MS: '2000' });
    expect(set.notifications).toMatchObject({ smtpUrl: 'smtps://u:p@mail.example.go.id:465', appUrl: 'https://rapor.example.go.id', workerIntervalMs: 2000 });
    expect(() => loadConfig({ ...valid, SMTP_URL: 'mail.example.go.id', APP_URL: 'rapor', NOTIFICATION_WORKER_INTERVAL_MS: '-1' })).toThrow(
      /SMTP_URL[\s\S]*APP_URL[\s\S]*NOTIFICATION_WORKER_INTERVAL_MS/,
    );
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production', WEBHOOK_ALLOW_LOOPBACK: 'true' })).toThrow(/WEBHOOK_ALLOW_LOOPBACK/);
  });
});
