import { AssessmentsRepository, AssessmentsService, type RawOfficialRow } from '@rapor/assessments';
import { createDataSource, currentManager, TenantTransactionRunner, type Principal } from '@rapor/db';
import { shippedDefinition } from '@rapor/domain';
import { RequestContext } from '@rapor/platform';
import type { DataSource } from 'typeorm';
import {
  BENCH_SOURCE,
  leafValues,
  officialRows,
  type DatasetPlan,
  type OfficialCsvRow,
  type PeriodJob,
  type ProvinceRef,
} from './dataset-plan';

const OPERATOR: Principal = { userId: null, role: 'operator', provinceId: null, regionId: null };
const reviewer = (provinceId: string): Principal => ({ userId: null, role: 'reviewer', provinceId, regionId: null });
const regionRole = (role: 'region_admin' | 'region_editor', regionId: string): Principal => ({
  userId: null,
  role,
  provinceId: regionId.slice(0, 2),
  regionId,
});

/** Rows in the tables the dataset fills, counted as an operator sees them. */
export interface TableCounts {
  assessment_period: number;
  assessment_value: number;
  region_submission: number;
  region_result: number;
  published_result: number;
  audit_log: number;
}

/**
 * Writes through the product's own services (AssessmentsService), as the unprivileged API role
 * under row-level security, one tenant transaction per unit of work — like libs/demo does.
 */
export class DatasetWriter {
  private readonly service = new AssessmentsService(new AssessmentsRepository());
  private requests = 0;

  private constructor(
    private readonly ds: DataSource,
    private readonly runner: TenantTransactionRunner,
  ) {}

  static async open(apiUrl: string, connections: number): Promise<DatasetWriter> {
    const ds = await createDataSource({
      url: apiUrl,
      poolSize: connections,
      applicationName: 'rapor-bench-writer',
      statementTimeoutMs: 600_000,
    }).initialize();
    return new DatasetWriter(ds, new TenantTransactionRunner(ds));
  }

  /** Runs `work` as `principal` in one tenant transaction with a request context, like a GraphQL root field. */
  as<T>(principal: Principal, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    const ctx = new RequestContext(`bench-${++this.requests}`, principal);
    return this.runner.run(principal, () => work(ctx), { requestId: ctx.requestId });
  }

  /** Provinces with their regions (codes ascending). */
  async provinces(): Promise<ProvinceRef[]> {
    const rows: { code: string; regions: string[] }[] = await this.as(OPERATOR, () =>
      this.sql(
        `select province_id as code, array_agg(id order by id) as regions from region group by province_id order by province_id`,
      ),
    );
    return rows;
  }

  /** Generates the planned periods with `concurrency` writers; `progress` hears every finished period. */
  async generate(
    plan: DatasetPlan,
    provinces: readonly ProvinceRef[],
    concurrency: number,
    progress: (done: number) => void,
  ): Promise<void> {
    const regions = new Map(provinces.map((p) => [p.code, p.regions]));
    const queue = [...plan.periods];
    let done = 0;
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const codes = regions.get(job.provinceCode) ?? [];
        if (job.mode === 'import') await this.importPeriod(job, codes);
        else await this.enterPeriod(job, codes);
        progress(++done);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  }

  /** Open, import the official composites, close entry and publish: one transaction, as the province's reviewer. */
  private async importPeriod(job: PeriodJob, regions: readonly string[]): Promise<void> {
    const definition = shippedDefinition(job.frameworkCode, job.version);
    await this.as(reviewer(job.provinceCode), async (ctx) => {
      const period = await this.service.openPeriod(ctx, {
        provinceCode: job.provinceCode,
        frameworkCode: job.frameworkCode,
        year: job.year,
        version: null,
        deadline: null,
      });
      await this.importRows(ctx, period.id, officialRows(definition, job.year, regions));
      await this.service.closeEntry(ctx, period.id);
      await this.service.publish(ctx, period.id);
    });
  }

  /** The entry path: each region's editor saves every leaf value, its admin submits, the reviewer accepts; then publish. */
  private async enterPeriod(job: PeriodJob, regions: readonly string[]): Promise<void> {
    const definition = shippedDefinition(job.frameworkCode, job.version);
    const period = await this.as(reviewer(job.provinceCode), (ctx) =>
      this.service.openPeriod(ctx, {
        provinceCode: job.provinceCode,
        frameworkCode: job.frameworkCode,
        year: job.year,
        version: null,
        deadline: null,
      }),
    );
    for (const region of regions) {
      const rows = leafValues(definition, job.year, region).map((v) => ({
        ...v,
        unitId: null,
        publishedCategory: null,
        evidenceUrl: null,
        evidenceNote: BENCH_SOURCE,
        evidenceRef: null,
      }));
      await this.as(regionRole('region_editor', region), (ctx) =>
        this.service.saveValues(ctx, { periodId: period.id, regionCode: region, rows }),
      );
      await this.as(regionRole('region_admin', region), (ctx) => this.service.submit(ctx, period.id, region));
      await this.as(reviewer(job.provinceCode), (ctx) => this.service.acceptSubmission(ctx, period.id, region));
    }
    await this.as(reviewer(job.provinceCode), async (ctx) => {
      await this.service.closeEntry(ctx, period.id);
      await this.service.publish(ctx, period.id);
    });
  }

  /** The service's official-results import (all or nothing); throws with the first row problem. */
  async importRows(ctx: RequestContext, periodId: string, rows: readonly OfficialCsvRow[]): Promise<number> {
    const raw: RawOfficialRow[] = rows.map((r, i) => ({
      line: i + 2,
      region: r.region,
      value: r.value,
      category: r.category,
      source: null,
    }));
    const result = await this.service.importOfficialResults(ctx, periodId, raw, { dryRun: false, source: BENCH_SOURCE });
    const problem = result.rows.find((r) => r.errors.length > 0);
    if (!result.valid)
      throw new Error(
        `import refused ${result.period.frameworkCode} ${result.period.year} ${result.period.provinceCode}: ${JSON.stringify(problem?.errors ?? 'no rows')}`,
      );
    return result.changed;
  }

  /** Opens amendments of published periods (reviewers' corrections land in amended periods). */
  async amend(periodIds: readonly string[], reason: string): Promise<void> {
    for (const id of periodIds) await this.as(OPERATOR, (ctx) => this.service.amend(ctx, id, reason));
  }

  /** Period ids by province for a framework and year. */
  async periodIds(frameworkCode: string, year: number): Promise<Map<string, string>> {
    const rows: { id: string; province: string }[] = await this.as(OPERATOR, () =>
      this.sql(
        `select p.id, p.province_id as province from assessment_period p join framework_version f on f.id = p.framework_version_id where f.code = $1 and p.year = $2`,
        [frameworkCode, year],
      ),
    );
    return new Map(rows.map((r) => [r.province, r.id]));
  }

  async counts(): Promise<TableCounts> {
    const tables: (keyof TableCounts)[] = [
      'assessment_period',
      'assessment_value',
      'region_submission',
      'region_result',
      'published_result',
      'audit_log',
    ];
    const [row] = await this.as(OPERATOR, () =>
      this.sql<TableCounts>(`select ${tables.map((t) => `(select count(*) from ${t})::int as ${t}`).join(', ')}`),
    );
    return row;
  }

  async postgresVersion(): Promise<string> {
    const [row] = await this.as(OPERATOR, () => this.sql(`select current_setting('server_version') as v`));
    return String(row.v);
  }

  async close(): Promise<void> {
    await this.ds.destroy();
  }

  private sql<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return currentManager().query(sql, params);
  }
}
