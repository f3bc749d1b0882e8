import { Injectable } from '@nestjs/common';
import { AppError, notFound } from '@rapor/db';
import type { RequestContext } from '@rapor/platform';
import { FrameworkBandsService, RegionScopeService, type BandFields } from '@rapor/units';
import type { SetTargetArgs } from './dto/target.args';
import { TargetsRepository, type TargetRow } from './targets.repository';

const FIELDS: BandFields = { framework: 'frameworkCode', year: 'year', band: 'category' };

/** A region's targets per framework and year: read by its team, reviewers and operators; set by its admin. */
@Injectable()
export class TargetsService {
  constructor(
    private readonly repository: TargetsRepository,
    private readonly scope: RegionScopeService,
    private readonly bands: FrameworkBandsService,
  ) {}

  async list(ctx: RequestContext, regionCode: string, frameworkCode: string | null): Promise<TargetRow[]> {
    await this.scope.require(ctx, regionCode, 'read', 'read the targets');
    return this.repository.ofRegion(regionCode, frameworkCode);
  }

  /**
   * Sets (replaces) the target of a framework and year. The framework must have a version for
   * the year; the category must name a band of that year's scheme (stored as its code); the
   * rank must be a place in the province (1 to its number of kabupaten/kota).
   */
  async set(ctx: RequestContext, args: SetTargetArgs): Promise<TargetRow> {
    const region = await this.scope.require(ctx, args.regionCode, 'manage', 'set the targets');
    const category = args.category?.trim() || null;
    const rank = args.rank ?? null;
    if (category === null && rank === null) {
      throw new AppError('BAD_USER_INPUT', 'A target needs a category, a rank, or both', ['category', 'rank']);
    }
    const { frameworkCode, year } = args;
    const band = category === null ? null : await this.bands.band(ctx, frameworkCode, year, category, FIELDS);
    // A rank-only target still names a framework version of that year.
    if (band === null) await this.bands.definition(ctx, frameworkCode, year, FIELDS);
    if (rank !== null) {
      const places = await this.scope.regionCount(ctx, region.provinceCode);
      if (rank > places) {
        throw new AppError(
          'BAD_USER_INPUT',
          `rank must be between 1 and ${places}, the number of regions in province ${region.provinceCode}`,
          ['rank'],
        );
      }
    }
    return this.repository.upsert(args.regionCode, frameworkCode, year, {
      category: band?.code ?? null,
      rank,
      note: args.note?.trim() || null,
      setBy: ctx.principal.userId,
    });
  }

  async clear(ctx: RequestContext, regionCode: string, frameworkCode: string, year: number): Promise<boolean> {
    await this.scope.require(ctx, regionCode, 'manage', 'clear the targets');
    if (!(await this.repository.delete(regionCode, frameworkCode, year))) {
      throw notFound(`The ${frameworkCode} ${year} target of region ${regionCode}`, 'frameworkCode');
    }
    return true;
  }
}
