import { currentManager } from './tenant-context';

/**
 * Records why the following changes of the current transaction are made; the audit triggers
 * copy it into every audit_log row they write until it is set again.
 */
export async function setAuditReason(reason: string | null): Promise<void> {
  await currentManager().query(`select set_config('app.audit_reason', $1, true)`, [reason ?? '']);
}
