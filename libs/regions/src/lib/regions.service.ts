import { Injectable } from '@nestjs/common';
import { notFound, TenantTransactionRunner } from '@rapor/db';
import type { RequestContext } from '@rapor/platform';
import DataLoader from 'dataloader';
import { RegionsRepository, type ProvinceRow, type RegionRow } from './regions.repository';

/** Provinces and regions: public reference data, read in the caller's tenant transaction. */
@Injectable()
export class RegionsService {
  constructor(
    private readonly repository: RegionsRepository,
    private readonly runner: TenantTransactionRunner,
  ) {}

  provinces(_ctx: RequestContext): Promise<ProvinceRow[]> {
    return this.repository.provinces();
  }

  async province(ctx: RequestContext, code: string): Promise<ProvinceRow> {
    const found = await this.provinceLoader(ctx).load(code);
    if (!found) throw notFound(`Province ${code}`, 'code');
    return found;
  }

  async region(ctx: RequestContext, code: string): Promise<RegionRow> {
    const [found] = await this.repository.regionsByCodes([code]);
    if (!found) throw notFound(`Region ${code}`, 'code');
    return found;
  }

  /** A province's regions, batched across provinces in one statement per request. */
  regionsOfProvince(ctx: RequestContext, provinceCode: string, kind: string | null): Promise<RegionRow[]> {
    const loader = ctx.loader(`regions.byProvince.${kind ?? 'all'}`, () =>
      new DataLoader<string, RegionRow[]>((codes) =>
        this.runner.run(ctx.principal, async () => {
          const rows = await this.repository.regionsOfProvinces(codes, kind);
          return codes.map((c) => rows.filter((r) => r.provinceCode === c));
        }),
      ),
    );
    return loader.load(provinceCode);
  }

  /** The province of a region, batched. */
  async provinceOf(ctx: RequestContext, provinceCode: string): Promise<ProvinceRow> {
    const found = await this.provinceLoader(ctx).load(provinceCode);
    if (!found) throw notFound(`Province ${provinceCode}`);
    return found;
  }

  private provinceLoader(ctx: RequestContext): DataLoader<string, ProvinceRow | null> {
    return ctx.loader('regions.province', () =>
      new DataLoader<string, ProvinceRow | null>((codes) =>
        this.runner.run(ctx.principal, async () => {
          const rows = await this.repository.provincesByCodes(codes);
          return codes.map((c) => rows.find((r) => r.code === c) ?? null);
        }),
      ),
    );
  }
}
