import { Injectable } from '@nestjs/common';
import { AppError, notFound, TenantTransactionRunner } from '@rapor/db';
import { may, Permission, RegionScopeService } from '@rapor/permissions';
import { defineLoader, type RequestContext } from '@rapor/platform';
import DataLoader from 'dataloader';
import type { CreateUnitInput, UpdateUnitInput } from './dto/unit.input';
import { UnitInUseError, UnitNameTakenError, UnitsRepository, type UnitRow } from './units.repository';

// What a table still referencing a unit holds, in words.
const REFERENCES: Record<string, string> = {
  unit: 'child units',
  innovation: 'innovations',
  assessment_value: 'assessment values',
};

/** A region's OPDs and service units: read by its team, reviewers and operators; managed by its admin. */
@Injectable()
export class UnitsService {
  constructor(
    private readonly repository: UnitsRepository,
    private readonly scope: RegionScopeService,
    private readonly runner: TenantTransactionRunner,
  ) {}

  /** A request's units by region, one statement for every region asked in the same tick. */
  private readonly byRegion = defineLoader(
    (ctx) =>
      new DataLoader<string, UnitRow[]>((codes) =>
        this.runner.run(ctx.principal, async () => {
          const rows = await this.repository.ofRegions(codes);
          return codes.map((c) => rows.filter((r) => r.regionCode === c));
        }),
      ),
  );

  /** A request's units by region and id, batched likewise. */
  private readonly byKey = defineLoader(
    (ctx) =>
      new DataLoader<{ regionCode: string; id: string }, UnitRow | null, string>(
        (keys) =>
          this.runner.run(ctx.principal, async () => {
            const rows = await this.repository.byKeys(keys);
            return keys.map((k) => rows.find((r) => r.regionCode === k.regionCode && r.id === k.id) ?? null);
          }),
        { cacheKeyFn: (k) => `${k.regionCode}/${k.id}` },
      ),
  );

  async list(ctx: RequestContext, regionCode: string): Promise<UnitRow[]> {
    await this.scope.require(ctx, regionCode, Permission.UnitRead);
    return this.repository.ofRegions([regionCode]);
  }

  /**
   * The units of a region as a field of Region, batched across regions per request. A region
   * the caller may not read has no units for it (the region itself is public).
   */
  async ofRegion(ctx: RequestContext, regionCode: string): Promise<UnitRow[]> {
    if (!may(ctx.principal, Permission.UnitRead, { regionCode })) return [];
    return ctx.loaders.get(this.byRegion).load(regionCode);
  }

  /** One unit of a region, batched per request (Innovation.unit); null when absent or hidden. */
  unit(ctx: RequestContext, regionCode: string, id: string): Promise<UnitRow | null> {
    return ctx.loaders.get(this.byKey).load({ regionCode, id });
  }

  /** Throws BAD_USER_INPUT on `field` unless `id` is a unit of the region the caller can see. */
  async requireUnitOf(ctx: RequestContext, regionCode: string, id: string, field: string): Promise<UnitRow> {
    const [found] = await this.repository.byKeys([{ regionCode, id }]);
    if (!found) throw new AppError('BAD_USER_INPUT', `Unit ${id} is not a unit of region ${regionCode}`, [field]);
    return found;
  }

  async create(ctx: RequestContext, input: CreateUnitInput): Promise<UnitRow> {
    await this.scope.require(ctx, input.regionCode, Permission.UnitManage);
    if (input.parentId) await this.requireUnitOf(ctx, input.regionCode, input.parentId, 'parentId');
    const name = input.name.trim();
    return this.named(name, () => this.repository.insert(input.regionCode, name, input.type ?? 'opd', input.parentId ?? null));
  }

  async update(ctx: RequestContext, input: UpdateUnitInput): Promise<UnitRow> {
    await this.scope.require(ctx, input.regionCode, Permission.UnitManage);
    if (input.parentId) {
      await this.requireUnitOf(ctx, input.regionCode, input.parentId, 'parentId');
      // A unit under its own descendant would make the tree a loop.
      if ((await this.repository.ancestry(input.regionCode, input.parentId)).includes(input.id)) {
        throw new AppError('BAD_USER_INPUT', 'A unit cannot belong to itself or to one of its own sub-units', ['parentId']);
      }
    }
    const name = input.name?.trim();
    const row = await this.named(name ?? '', () =>
      this.repository.update(input.regionCode, input.id, { name, type: input.type ?? undefined, parentId: input.parentId }),
    );
    if (!row) throw notFound(`Unit ${input.id}`, 'id');
    return row;
  }

  /** Deletes a unit nothing refers to; a unit with sub-units, values or innovations is refused. */
  async delete(ctx: RequestContext, regionCode: string, id: string): Promise<boolean> {
    await this.scope.require(ctx, regionCode, Permission.UnitManage);
    try {
      if (!(await this.repository.delete(regionCode, id))) throw notFound(`Unit ${id}`, 'id');
      return true;
    } catch (error) {
      if (!(error instanceof UnitInUseError)) throw error;
      const what = REFERENCES[error.table] ?? `rows of ${error.table}`;
      throw new AppError('BAD_USER_INPUT', `Unit ${id} still has ${what}: move or delete them first`, ['id'], {
        referencedBy: error.table,
      });
    }
  }

  private async named<T>(name: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (error instanceof UnitNameTakenError)
        throw new AppError('CONFLICT', `A unit named "${name}" already exists in the region`, ['name']);
      throw error;
    }
  }
}
