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

// Columns of audited records that hold an account's id.
const ACCOUNT_COLUMNS = ['user_id', 'granted_by', 'created_by'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Accounts an entry names: who made it, and the accounts its record's key and columns refer to. */
export function accountsNamedBy(row: Pick<AuditRow, 'actorUserId' | 'entityKey' | 'before' | 'after'>): string[] {
  const ids = [row.actorUserId, ...[row.entityKey, row.before, row.after].flatMap((r) => ACCOUNT_COLUMNS.map((c) => r?.[c]))];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && UUID.test(id)))];
}

/** Maps a stored entry to its GraphQL model (JSON columns as JSON text). */
export function entryModel(row: AuditRow & { people?: readonly AuditActorRow[] }): AuditEntry {
  return {
    ...row,
    actor: row.people?.find((p) => p.id === row.actorUserId) ?? null,
    people: [...(row.people ?? [])],
    action: row.action as AuditAction,
    entityKey: JSON.stringify(row.entityKey),
    before: row.before && JSON.stringify(row.before),
    after: row.after && JSON.stringify(row.after),
    changedFields: changedFields(row.before, row.after),
  };
}
