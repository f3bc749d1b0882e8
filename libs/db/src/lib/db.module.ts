import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createDataSource, type DataSourceConfig } from './data-source';
import { TenantTransactionRunner } from './tenant-transaction';

export const DATA_SOURCE = Symbol('DATA_SOURCE');

/** Readiness probe of the database; the only place outside the runner that touches the pool. */
@Injectable()
export class DatabaseHealth {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Round-trips a trivial statement; throws when the database is unreachable. */
  async ping(): Promise<void> {
    await this.dataSource.query('select 1');
  }
}

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** Provides the API's DataSource (unprivileged role) and the tenant transaction runner. */
@Global()
@Module({})
export class DbModule {
  static forRoot(config: DataSourceConfig): DynamicModule {
    return {
      module: DbModule,
      providers: [
        {
          provide: DATA_SOURCE,
          useFactory: async () => createDataSource(config).initialize(),
        },
        {
          provide: TenantTransactionRunner,
          inject: [DATA_SOURCE],
          useFactory: (ds: DataSource) => new TenantTransactionRunner(ds),
        },
        DatabaseHealth,
        DataSourceCloser,
      ],
      exports: [TenantTransactionRunner, DatabaseHealth],
    };
  }
}
