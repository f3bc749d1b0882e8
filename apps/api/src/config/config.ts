import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import type { NotificationsOptions } from '@rapor/notifications';
import type { GraphQLLimits } from '../graphql/limits';

/** The API's configuration, validated once at boot. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Connection string of the unprivileged API role. */
  databaseUrl: string;
  /** Connection string of the schema owner; when set, pending migrations run before serving. */
  databaseOwnerUrl: string | null;
  databasePoolSize: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Secret that signs access tokens. */
  jwtSecret: string;
  shutdownTimeoutMs: number;
  graphqlIntrospection: boolean;
  /** Limits of every GraphQL document (and saved report): depth, aliases, tokens, cost, directives, result size. */
  graphqlLimits: GraphQLLimits;
  /** Requests a minute per API key (0: no limit); counted in the database, shared by every API process. */
  apiKeyRateLimitPerMinute: number;
  /** Published leaderboards kept per process (0 = none; the benchmark's uncached run). */
  leaderboardCacheSize: number;
  /**
   * Express's `trust proxy`: false (the default) trusts no proxy, so the client address is the
   * connection's and X-Forwarded-For is ignored; a hop count, or the addresses, subnets and
   * names (loopback, linklocal, uniquelocal) of the proxies to trust.
   */
  trustProxy: false | number | string[];
  /** True when running on the embedded PostgreSQL started by `npm start`. */
  embedded: boolean;
  /** Folder of the built web app served at `/` (WEB_ROOT; `dist/apps/web` under the working directory). */
  webRoot: string;
  /** Whether the web app's session cookie is `Secure` (HTTPS only): COOKIE_SECURE, true in production. */
  cookieSecure: boolean;
  /** Notifications: SMTP_URL, MAIL_FROM, APP_URL, the worker's interval, webhook targets, reminder rate. */
  notifications: NotificationsOptions;
}

/** Every problem found in the environment, reported together. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ENVS = ['development', 'production', 'test'] as const;

/**
 * Reads and validates the configuration. Every bad key is reported at once; secrets have
 * no defaults (the embedded demo mode generates its own and passes them in).
 */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const problems: string[] = [];
  const str = (key: string): string | null => {
    const v = env[key];
    return v === undefined || v.trim() === '' ? null : v.trim();
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const v = str(key);
    if (v === null) return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    problems.push(`${key} must be one of ${allowed.join(', ')} (got "${v}")`);
    return fallback;
  };
  const int = (key: string, fallback: number, min: number, max: number): number => {
    const v = str(key);
    if (v === null) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${key} must be an integer from ${min} to ${max} (got "${v}")`);
      return fallback;
    }
    return n;
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const v = str(key);
    if (v === null) return fallback;
    if (['true', '1', 'yes'].includes(v.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(v.toLowerCase())) return false;
    problems.push(`${key} must be true or false (got "${v}")`);
    return fallback;
  };
  const url = (key: string, required: boolean): string | null => {
    const v = str(key);
    if (v === null) {
      if (required) problems.push(`${key} is required (a postgres:// connection string)`);
      return null;
    }
    try {
      const u = new URL(v);
      if (!['postgres:', 'postgresql:'].includes(u.protocol)) throw new Error('protocol');
    } catch {
      problems.push(`${key} must be a postgres:// connection string`);
    }
    return v;
  };

  const appEnv = oneOf('NODE_ENV', ENVS, 'development');
  const databaseUrl = url('DATABASE_URL', true);
  const databaseOwnerUrl = url('DATABASE_OWNER_URL', false);
  const jwtSecret = str('JWT_SECRET');
  if (jwtSecret === null) problems.push('JWT_SECRET is required (at least 32 characters)');
  else if (jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');

  const config: AppConfig = {
    env: appEnv,
    host: str('HOST') ?? '0.0.0.0',
    port: int('PORT', 3000, 0, 65535),
    databaseUrl: databaseUrl ?? '',
    databaseOwnerUrl,
    databasePoolSize: int('DATABASE_POOL_SIZE', 10, 1, 200),
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, appEnv === 'test' ? 'warn' : 'info'),
    jwtSecret: jwtSecret ?? '',
    shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_MS', 10000, 0, 600000),
    graphqlIntrospection: bool('GRAPHQL_INTROSPECTION', appEnv !== 'production'),
    graphqlLimits: {
      maxDepth: int('GRAPHQL_MAX_DEPTH', 10, 2, 100),
      maxAliases: int('GRAPHQL_MAX_ALIASES', 15, 0, 1000),
      maxTokens: int('GRAPHQL_MAX_TOKENS', 2000, 100, 100000),
      maxCost: int('GRAPHQL_MAX_COST', 50000, 100, 10000000),
      maxDirectives: int('GRAPHQL_MAX_DIRECTIVES', 20, 0, 1000),
      maxResultFields: int('GRAPHQL_MAX_RESULT_FIELDS', 20000, 100, 10000000),
    },
    apiKeyRateLimitPerMinute: int('API_KEY_RATE_LIMIT', 120, 0, 100000),
    leaderboardCacheSize: int('LEADERBOARD_CACHE_SIZE', 500, 0, 100000),
    trustProxy: trustProxy(str('TRUST_PROXY'), problems),
    embedded: bool('RAPOR_EMBEDDED', false),
    cookieSecure: bool('COOKIE_SECURE', appEnv === 'production'),
    webRoot: resolve(str('WEB_ROOT') ?? join(process.cwd(), 'dist', 'apps', 'web')),
    notifications: notificationsConfig(str, int, bool, appEnv, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** SMTP_URL (none: mails are logged), MAIL_FROM, APP_URL, NOTIFICATION_WORKER_INTERVAL_MS, WEBHOOK_ALLOW_LOOPBACK, REMINDER_INTERVAL_SECONDS. */
function notificationsConfig(
  str: (key: string) => string | null,
  int: (key: string, fallback: number, min: number, max: number) => number,
  bool: (key: string, fallback: boolean) => boolean,
  appEnv: AppConfig['env'],
  problems: string[],
): NotificationsOptions {
  const smtpUrl = str('SMTP_URL');
  if (smtpUrl !== null && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
  const appUrl = (str('APP_URL') ?? `http://localhost:${str('PORT') ?? '3000'}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(appUrl)) problems.push('APP_URL must be an http(s) URL (the web app, for links in mails)');
  const allowLoopback = bool('WEBHOOK_ALLOW_LOOPBACK', false);
  if (allowLoopback && appEnv === 'production') problems.push('WEBHOOK_ALLOW_LOOPBACK must not be set in production');
  return {
    smtpUrl,
    mailFrom: str('MAIL_FROM') ?? 'Rapor <no-reply@rapor.local>',
    appUrl,
    // Off in tests unless asked for: a background pass would add statements to other suites' counts.
    workerIntervalMs: int('NOTIFICATION_WORKER_INTERVAL_MS', appEnv === 'test' ? 0 : 10000, 0, 3600000),
    production: appEnv === 'production',
    allowLoopbackWebhooks: allowLoopback,
    reminderIntervalSeconds: int('REMINDER_INTERVAL_SECONDS', 3600, 0, 604800),
  };
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

// "1" (hops), or "10.0.0.5, 172.18.0.0/16, loopback". Never "true": trusting every hop lets
// any client choose its own address (and step around the per-address sign-in limit).
function trustProxy(value: string | null, problems: string[]): false | number | string[] {
  if (value === null || ['false', 'none', '0'].includes(value.toLowerCase())) return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops <= 10) return hops;
  }
  const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
  const bad = entries.filter((e) => {
    if (PROXY_NAMES.has(e)) return false;
    const [address, bits, extra] = e.split('/');
    const family = isIP(address);
    if (!family || extra !== undefined) return true;
    if (bits === undefined) return false;
    const n = Number(bits);
    return !/^\d+$/.test(bits) || n > (family === 4 ? 32 : 128);
  });
  if (entries.length === 0 || bad.length > 0) {
    problems.push(
      `TRUST_PROXY must be a hop count (1 to 10), or proxy addresses, subnets (CIDR) and loopback/linklocal/uniquelocal, comma-separated (got "${value}")`,
    );
    return false;
  }
  return entries;
}
