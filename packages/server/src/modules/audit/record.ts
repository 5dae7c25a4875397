import type { Db } from '../../db/query.js';
import { insertAuditRow } from './queries.js';

export interface AuditEvent {
  agencyId: string | null;
  actorAccountId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Appends to the audit trail; call inside the same transaction as the change it records, and last in
 * it: the database chains the row (migration 0010) under a lock on the agency's chain that is held
 * until the transaction ends, so other writers of that agency's trail wait for the rest of it.
 */
export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await insertAuditRow(db, { ...event, entityId: event.entityId ?? null, data: event.data ?? {} });
}
