import { Injectable } from '@nestjs/common';
import { AppError } from '@rapor/db';
import type { RequestContext } from '@rapor/platform';
import { Permission, provinceOf, RegionScopeService, requireAccess } from '@rapor/permissions';
import { accountsNamedBy } from './audit-entry.mapper';
import { AuditRepository, type AuditActorRow, type AuditFilter, type AuditRow } from './audit.repository';

const CURSOR = /^audit:(\d{1,19})$/;

export interface AuditPage {
  entries: (AuditRow & { people: AuditActorRow[] })[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** An opaque cursor naming an entry of the log. */
export function auditCursor(id: string): string {
  return Buffer.from(`audit:${id}`).toString('base64url');
}

function cursorId(cursor: string): string {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new AppError('BAD_USER_INPUT', 'after must be an endCursor returned by auditLog', ['after']);
  return match[1];
}

/**
 * Reads of the audit log for those who oversee a region: its admins (their region), the
 * province's reviewers (their province) and operators (everything). Everyone else gets
 * FORBIDDEN rather than an empty page, so that "no entries" always means "nothing changed".
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly scope: RegionScopeService,
  ) {}

  async page(
    ctx: RequestContext,
    args: { regionCode?: string | null; entity?: string | null; first: number; after?: string | null },
  ): Promise<AuditPage> {
    const afterId = args.after ? cursorId(args.after) : null;
    const filter: AuditFilter = {
      ...(await this.scopeOf(ctx, args.regionCode ?? null)),
      entity: args.entity ?? null,
      afterId,
      limit: args.first + 1,
    };
    const rows = await this.repository.page(filter);
    const page = rows.slice(0, args.first);
    const named = page.map(accountsNamedBy);
    const people = new Map((await this.repository.people([...new Set(named.flat())])).map((a) => [a.id, a]));
    const entries = page.map((r, i) => ({ ...r, people: named[i].flatMap((id) => people.get(id) ?? []) }));
    return {
      entries,
      endCursor: entries.length ? auditCursor(entries[entries.length - 1].id) : null,
      hasNextPage: rows.length > args.first,
    };
  }

  // The part of the log the caller asks for, checked up front; RLS narrows it again in the database.
  private async scopeOf(
    ctx: RequestContext,
    regionCode: string | null,
  ): Promise<Pick<AuditFilter, 'provinceCode' | 'regionCode'>> {
    if (regionCode) {
      await this.scope.require(ctx, regionCode, Permission.AuditRead);
      return { provinceCode: provinceOf(regionCode), regionCode };
    }
    // Without a region: the caller's own scope, whole (an operator's is everything).
    const p = ctx.principal;
    requireAccess(p, Permission.AuditRead);
    if (p.role === 'operator') return { provinceCode: null, regionCode: null };
    requireAccess(p, Permission.AuditRead, p.regionId ? { regionCode: p.regionId } : { provinceCode: p.provinceId ?? '' });
    return { provinceCode: p.provinceId, regionCode: p.regionId };
  }
}
