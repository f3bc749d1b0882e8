import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@rapor/migrations';

export interface DataSourceConfig {
  url: string;
  poolSize?: number;
  /**
   * Statement timeout of these connections, in milliseconds, over the API role's own setting
   * (API_ROLE_SETTINGS, which applies when this is absent); e.g. the benchmark's bulk loads.
   */
  statementTimeoutMs?: number;
  applicationName?: string;
  logQuery?: (sql: string) => void;
}

/**
 * The data source of the running API: the unprivileged role, no entities synchronised,
 * no migrations run from here (the owner runs them, see `migrate`).
 */
export function createDataSource(config: DataSourceConfig): DataSource {
  const options: DataSourceOptions = {
    type: 'postgres',
    url: config.url,
    synchronize: false,
    migrationsRun: false,
    entities: [],
    poolSize: config.poolSize ?? 10,
    applicationName: config.applicationName ?? 'rapor-api',
    extra: {
      ...(config.statementTimeoutMs ? { statement_timeout: config.statementTimeoutMs } : {}),
      connectionTimeoutMillis: 5000,
      // The tenant transaction writes BEGIN, the settings and the first statement at once.
      pipeline: true,
    },
    logging: config.logQuery ? ['query'] : false,
    logger: config.logQuery ? new QueryLogger(config.logQuery) : undefined,
  };
  return new DataSource(options);
}

class QueryLogger {
  constructor(private readonly onQuery: (sql: string) => void) {}
  logQuery(query: string): void {
    this.onQuery(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** Runs the pending migrations as the owner role. Returns the names of those applied. */
export async function migrate(ownerUrl: string): Promise<string[]> {
  const ds = new DataSource({
    type: 'postgres',
    url: ownerUrl,
    synchronize: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    applicationName: 'rapor-migrate',
  });
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
