import { Injectable } from '@nestjs/common';
import { notFound, TenantTransactionRunner } from '@rapor/db';
import { defineLoader, type RequestContext } from '@rapor/platform';
import DataLoader from 'dataloader';
import { RegionsRepository, type ProvinceRow, type RegionRow } from './regions.repository';

/** Provinces and regions: public reference data, read in the caller's tenant transaction. */
@Injectable()
export class RegionsService {
  constructor(
    private readonly repository: RegionsRepository,
    private readonly runner: TenantTransactionRunner,
  ) {}

  /** A request's provinces by code, one statement for every code asked in the same tick. */
  private readonly provincesByCode = defineLoader(
    (ctx) =>
      new DataLoader<string, ProvinceRow | null>((codes) =>
        this.runner.run(ctx.principal, async () => {
          const rows = await this.repository.provincesByCodes(codes);
          return codes.map((c) => rows.find((r) => r.code === c) ?? null);
        }),
      ),
  );

  /** A request's regions by province and kind, one statement per kind asked in the same tick. */
  private readonly regionsByProvince = defineLoader(
    (ctx) =>
      new DataLoader<{ provinceCode: string; kind: string | null }, RegionRow[], string>(
        (keys) =>
          this.runner.run(ctx.principal, async () => {
            const byKind = new Map<string | null, RegionRow[]>();
            for (const kind of new Set(keys.map((k) => k.kind))) {
              const codes = keys.filter((k) => k.kind === kind).map((k) => k.provinceCode);
              byKind.set(kind, await this.repository.regionsOfProvinces(codes, kind));
            }
            return keys.map((k) => (byKind.get(k.kind) ?? []).filter((r) => r.provinceCode === k.provinceCode));
          }),
        { cacheKeyFn: (k) => `${k.provinceCode}/${k.kind ?? '*'}` },
      ),
  );

  provinces(_ctx: RequestContext): Promise<ProvinceRow[]> {
    return this.repository.provinces();
  }

  async province(ctx: RequestContext, code: string): Promise<ProvinceRow> {
    const found = await ctx.loaders.get(this.provincesByCode).load(code);
    if (!found) throw notFound(`Province ${code}`, 'code');
    return found;
  }

  async region(ctx: RequestContext, code: string): Promise<RegionRow> {
    const [found] = await this.repository.regionsByCodes([code]);
    if (!found) throw notFound(`Region ${code}`, 'code');
    return found;
  }

  /** A province's regions (of one kind, or all), batched across provinces in one statement per kind and request. */
  regionsOfProvince(ctx: RequestContext, provinceCode: string, kind: string | null): Promise<RegionRow[]> {
    return ctx.loaders.get(this.regionsByProvince).load({ provinceCode, kind });
  }

  /** The province of a region, batched. */
  async provinceOf(ctx: RequestContext, provinceCode: string): Promise<ProvinceRow> {
    const found = await ctx.loaders.get(this.provincesByCode).load(provinceCode);
    if (!found) throw notFound(`Province ${provinceCode}`);
    return found;
  }
}
