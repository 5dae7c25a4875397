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

/** The latest retention checkpoint of every cut chain (migration 0048), `through_at` as the text it was signed over. */
export const latestAuditCheckpoints = defineQuery('audit', 'latestAuditCheckpoints', [[]], async (db): Promise<CheckpointRow[]> => {
  const { rows } = await sql<CheckpointRow>`
    select distinct on (agency_id) agency_id::text as "agencyId", through_seq::text as "throughSeq", through_hash as "throughHash",
           to_char(through_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "throughAt", rows_cut::text as "rowsCut",
           key_id as "keyId", signature
      from audit_checkpoints
     order by agency_id, through_seq desc`.execute(db);
  return rows;
});

/** Checkpoints signed with another key than `keyId` (key rotation re-signs them), in position order. */
export const checkpointsSignedWithOtherKeys = defineQuery('audit', 'checkpointsSignedWithOtherKeys', [['keyid000001', 500]], async (db, keyId: string, limit: number): Promise<CheckpointRow[]> => {
  const { rows } = await sql<CheckpointRow>`
    select agency_id::text as "agencyId", through_seq::text as "throughSeq", through_hash as "throughHash",
           to_char(through_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "throughAt", rows_cut::text as "rowsCut",
           key_id as "keyId", signature
      from audit_checkpoints
     where key_id <> ${keyId}
     order by agency_id nulls first, through_seq
     limit ${limit}`.execute(db);
  return rows;
});

/** A checkpoint signed again (key rotation), only if it still carries the signature that was checked. */
export const replaceCheckpointSignature = defineQuery(
  'audit',
  'replaceCheckpointSignature',
  [
    [AGENCY, '12', 'old', 'keyid000001', 'new'],
    [null, '12', 'old', 'keyid000001', 'new'],
  ],
  async (db, agencyId: string | null, throughSeq: string, before: string, keyId: string, signature: string): Promise<boolean> => {
    const r = await db
      .updateTable('audit_checkpoints')
      .set({ key_id: keyId, signature })
      .where('agency_id', agencyId === null ? 'is' : '=', agencyId)
      .where(sql<string>`through_seq::text`, '=', throughSeq)
      .where('signature', '=', before)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
);

/**
 * Where the next cut of a chain ends: the newest row older than `before`, but at most `batch` rows from
 * the chain's first and never its last row; with its hash, its time as signed, and how many rows it cuts.
 */
export const auditCutCandidate = defineQuery(
  'audit',
  'auditCutCandidate',
  [
    [AGENCY, new Date(0), 5000],
    [null, new Date(0), 5000],
  ],
  async (db, agencyId: string | null, before: Date, batch: number): Promise<{ throughSeq: string; throughHash: string; throughAt: string; rows: string } | undefined> => {
    const chain = agencyId === null ? sql`agency_id is null` : sql`agency_id = ${agencyId}`;
    const { rows } = await sql<{ throughSeq: string; throughHash: string; throughAt: string; rows: string }>`
    select a.chain_seq::text as "throughSeq", a.hash as "throughHash",
           to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "throughAt",
           (select count(*) from audit_log c where ${chain} and c.chain_seq <= a.chain_seq)::text as "rows"
      from audit_log a
     where ${chain}
       and a.chain_seq = least((select max(chain_seq) from audit_log where ${chain} and at < ${before}),
                               (select min(chain_seq) from audit_log where ${chain}) + ${batch} - 1)
       and a.chain_seq < (select max(chain_seq) from audit_log where ${chain})`.execute(db);
    return rows[0];
  },
);

/** Cuts a chain through a position (migration 0048's audit_log_cut: checks, writes the checkpoint, deletes); the rows removed. */
export const cutAuditChain = defineQuery(
  'audit',
  'cutAuditChain',
  [[AGENCY, '12', 'a'.repeat(64), 'keyid000001', 'sig']],
  async (db, agencyId: string | null, throughSeq: string, throughHash: string, keyId: string, signature: string): Promise<number> => {
    const { rows } = await sql<{ cut: string }>`select audit_log_cut(${agencyId}::uuid, ${throughSeq}::bigint, ${throughHash}, ${keyId}, ${signature})::text as cut`.execute(db);
    return Number(rows[0]?.cut ?? 0);
  },
);

export interface CheckpointRow {
  agencyId: string | null;
  throughSeq: string;
  throughHash: string;
  throughAt: string;
  rowsCut: string;
  keyId: string;
  signature: string;
}
