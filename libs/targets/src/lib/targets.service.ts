import { Injectable } from '@nestjs/common';
import { AppError, notFound } from '@rapor/db';
import type { RequestContext } from '@rapor/platform';
import { FrameworkBandsService, type BandFields } from '@rapor/frameworks';
import { Permission, RegionScopeService } from '@rapor/permissions';
import { RegionsService } from '@rapor/regions';
import type { SetTargetArgs } from './dto/target.args';
import { TargetsRepository, type TargetRow } from './targets.repository';

const FIELDS: BandFields = { framework: 'frameworkCode', year: 'year', band: 'category' };

/** A region's targets per framework and year: read by its team, reviewers and operators; set by its admin, its province's reviewers or an operator. */
@Injectable()
export class TargetsService {
  constructor(
    private readonly repository: TargetsRepository,
    private readonly scope: RegionScopeService,
    private readonly bands: FrameworkBandsService,
    private readonly regions: RegionsService,
  ) {}

  async list(ctx: RequestContext, regionCode: string, frameworkCode: string | null): Promise<TargetRow[]> {
    await this.scope.require(ctx, regionCode, Permission.TargetRead);
    return this.repository.ofRegion(regionCode, frameworkCode);
  }

  /**
   * Sets (replaces) the target of a framework and year. The framework must have a version for
   * the year; the category must name a band of that year's scheme (stored as its code); the
   * rank must be a place in the province (1 to its number of kabupaten/kota).
   */
  async set(ctx: RequestContext, args: SetTargetArgs): Promise<TargetRow> {
    const region = await this.scope.require(ctx, args.regionCode, Permission.TargetManage);
    // targetCategory/targetRank, as leaderboard rows name them; category/rank are their deprecated names.
    // Errors name the argument the caller used.
    const categoryField = args.targetCategory != null ? 'targetCategory' : 'category';
    const rankField = args.targetRank != null ? 'targetRank' : 'rank';
    const category = (args.targetCategory ?? args.category)?.trim() || null;
    const rank = args.targetRank ?? args.rank ?? null;
    if (category === null && rank === null) {
      throw new AppError('BAD_USER_INPUT', 'A target needs a category, a rank, or both', ['targetCategory', 'targetRank']);
    }
    const { frameworkCode, year } = args;
    const fields = { ...FIELDS, band: categoryField };
    const band = category === null ? null : await this.bands.band(ctx, frameworkCode, year, category, fields);
    // A rank-only target still names a framework version of that year.
    if (band === null) await this.bands.definition(ctx, frameworkCode, year, fields);
    if (rank !== null) {
      const places = (await this.regions.regionsOfProvince(ctx, region.provinceCode, null)).length;
      if (rank > places) {
        throw new AppError(
          'BAD_USER_INPUT',
          `${rankField} must be between 1 and ${places}, the number of regions in province ${region.provinceCode}`,
          [rankField],
        );
      }
    }
    return this.repository.upsert(args.regionCode, frameworkCode, year, {
      category: band?.code ?? null,
      rank,
      note: args.note?.trim() || null,
      setBy: ctx.principal.userId,
      setByRole: ctx.principal.role,
    });
  }

  async clear(ctx: RequestContext, regionCode: string, frameworkCode: string, year: number): Promise<boolean> {
    await this.scope.require(ctx, regionCode, Permission.TargetManage);
    if (!(await this.repository.delete(regionCode, frameworkCode, year))) {
      throw notFound(`The ${frameworkCode} ${year} target of region ${regionCode}`, 'frameworkCode');
    }
    return true;
  }
}
