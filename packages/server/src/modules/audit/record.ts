import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

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
export async function recordAudit(db: Kysely<Database> | Transaction<Database>, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      agency_id: event.agencyId,
      actor_account_id: event.actorAccountId,
      action: event.action,
      entity: event.entity,
      entity_id: event.entityId ?? null,
      data: JSON.stringify(event.data ?? {}),
    })
    .execute();
}
