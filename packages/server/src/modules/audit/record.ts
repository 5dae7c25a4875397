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

/** Appends to the audit trail; call inside the same transaction as the change it records. */
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
