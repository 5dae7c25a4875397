import { sql } from 'kysely';
import { defineQuery } from '../../db/query.js';
import type { AuditRowText } from './chain.js';

const AGENCY = '00000000-0000-4000-8000-000000000001';

/** One audit row; the database fills chain_seq, prev_hash and hash (migration 0010). */
export const insertAuditRow = defineQuery(
  'audit',
  'insertAuditRow',
  [[{ agencyId: AGENCY, actorAccountId: null, action: 'login', entity: 'account', entityId: null, data: {} }]],
  async (
    db,
    event: { agencyId: string | null; actorAccountId: string | null; action: string; entity: string; entityId: string | null; data: Record<string, unknown> },
  ) => {
    await db
      .insertInto('audit_log')
      .values({
        agency_id: event.agencyId,
        actor_account_id: event.actorAccountId,
        action: event.action,
        entity: event.entity,
        entity_id: event.entityId,
        data: JSON.stringify(event.data),
      })
      .execute();
  },
);

/** The agencies that have a chain (null: the province's rows). */
export const auditChainAgencies = defineQuery('audit', 'auditChainAgencies', [[]], async (db) =>
  (await db.selectFrom('audit_log').select('agency_id').distinct().execute()).map((r) => r.agency_id),
);

export const agencyCodes = defineQuery('audit', 'agencyCodes', [[]], (db) => db.selectFrom('agencies').select(['id', 'code']).execute());

/** One page of a chain after a position, every column as the text the hash is computed over. */
export const auditChainPage = defineQuery(
  'audit',
  'auditChainPage',
  [
    [AGENCY, 0, 5000],
    [null, 0, 5000],
  ],
  async (db, agencyId: string | null, afterSeq: number, limit: number): Promise<AuditRowText[]> => {
    const chain = agencyId === null ? sql`agency_id is null` : sql`agency_id = ${agencyId}`;
    const { rows } = await sql<AuditRowText>`
    select id::text as "id", agency_id::text as "agencyId", chain_seq::text as "chainSeq",
           to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "at",
           actor_account_id::text as "actorAccountId", action, entity, entity_id as "entityId",
           data::text as "data", prev_hash as "prevHash", hash
      from audit_log
     where ${chain} and chain_seq > ${afterSeq}
     order by chain_seq
     limit ${limit}`.execute(db);
    return rows;
  },
);
