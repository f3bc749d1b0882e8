import { Client, escapeLiteral } from 'pg';
import apiRoleSettings from './api-role-settings.json';

/**
 * The group role every grant in the migrations names. Login roles that the API uses are
 * members of it; it owns nothing and has no BYPASSRLS.
 */
export const APP_GROUP_ROLE = 'rapor_app';
/** Default login role that runs migrations and owns the schema. */
export const OWNER_ROLE = 'rapor_owner';
/** Default login role the API connects as. */
export const API_ROLE = 'rapor_api';

/**
 * Settings of the API role (`alter role rapor_api set ...`): the one place they are written.
 * They live on the role because PgBouncer in transaction mode drops a client's startup
 * parameters. `bootstrapDatabase` (embedded PostgreSQL, tests, benchmark) and the compose
 * file's `apps/api/docker/postgres-init.sh` (which reads this JSON file) both apply them with
 * API_ROLE_SETTINGS_SQL.
 */
export const API_ROLE_SETTINGS: Readonly<Record<string, string>> = apiRoleSettings;

/** The statements that apply a JSON object of settings ($1) to the API role, one per setting. */
export const API_ROLE_SETTINGS_SQL = `select format('alter role ${API_ROLE} set %I = %L', key, value) from json_each_text($1::json)`;
/** The same statement as `postgres-init.sh` writes it for psql (`:'api_settings'`, then `\gexec`). */
export const API_ROLE_SETTINGS_PSQL = API_ROLE_SETTINGS_SQL.replace('$1', ":'api_settings'") + ' \\gexec';

export interface DatabaseBootstrap {
  /** Superuser (or CREATEROLE + CREATEDB) connection string. */
  adminUrl: string;
  database: string;
  ownerPassword: string;
  apiPassword: string;
  /** Create the database from this template (used by the tests). */
  template?: string;
}

/** Replaces the user, password and database of a connection string. */
export function withCredentials(url: string, user: string, password: string, database?: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  if (database) u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Creates (or brings up to date) the owner role, the API role and the group role, and the
 * database owned by the owner role. Idempotent; safe to run at every start.
 */
export async function bootstrapDatabase(b: DatabaseBootstrap): Promise<{ ownerUrl: string; apiUrl: string }> {
  const admin = new Client({ connectionString: b.adminUrl });
  await admin.connect();
  try {
    await admin.query(`
      do $$ begin
        if not exists (select from pg_roles where rolname = '${APP_GROUP_ROLE}') then
          create role ${APP_GROUP_ROLE} nologin nosuperuser nobypassrls nocreatedb nocreaterole;
        end if;
        if not exists (select from pg_roles where rolname = '${OWNER_ROLE}') then
          create role ${OWNER_ROLE} login;
        end if;
        if not exists (select from pg_roles where rolname = '${API_ROLE}') then
          create role ${API_ROLE} login;
        end if;
      end $$`);
    await admin.query(`alter role ${OWNER_ROLE} login nosuperuser nobypassrls password ${escapeLiteral(b.ownerPassword)}`);
    await admin.query(
      `alter role ${API_ROLE} login nosuperuser nobypassrls nocreatedb nocreaterole password ${escapeLiteral(b.apiPassword)}`,
    );
    await admin.query(`grant ${APP_GROUP_ROLE} to ${API_ROLE}`);
    const settings = await admin.query<{ format: string }>(API_ROLE_SETTINGS_SQL, [JSON.stringify(API_ROLE_SETTINGS)]);
    for (const { format } of settings.rows) await admin.query(format);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [b.database]);
    if (exists.rowCount === 0) {
      const template = b.template ? ` template ${admin.escapeIdentifier(b.template)}` : '';
      await admin.query(`create database ${admin.escapeIdentifier(b.database)} owner ${OWNER_ROLE}${template}`);
    }
  } finally {
    await admin.end();
  }
  return {
    ownerUrl: withCredentials(b.adminUrl, OWNER_ROLE, b.ownerPassword, b.database),
    apiUrl: withCredentials(b.adminUrl, API_ROLE, b.apiPassword, b.database),
  };
}
