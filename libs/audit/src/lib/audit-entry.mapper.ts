import type { AuditActorRow, AuditRow } from './audit.repository';
import { AuditAction, type AuditEntry } from './models/audit-entry.model';

// Bookkeeping that changes with every update and says nothing about what changed.
const UNTRACKED = new Set(['updated_at']);

/** Columns an entry set or altered: every set column of a creation or removal, the differing ones of a change. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((k) => !UNTRACKED.has(k) && JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null))
    .sort();
}

/** Maps a stored entry to its GraphQL model (JSON columns as JSON text). */
export function entryModel(row: AuditRow & { actor?: AuditActorRow | null }): AuditEntry {
  return {
    ...row,
    actor: row.actor ?? null,
    action: row.action as AuditAction,
    entityKey: JSON.stringify(row.entityKey),
    before: row.before && JSON.stringify(row.before),
    after: row.after && JSON.stringify(row.after),
    changedFields: changedFields(row.before, row.after),
  };
}
