import { sql, type Insertable } from 'kysely';
import { defineQuery } from '../../db/query.js';
import type { Database } from '../../db/schema.js';

const AGENCY = '00000000-0000-7000-8000-000000000001';
const ACCOUNT = '00000000-0000-7000-8000-000000000002';
const EMPLOYEE = '00000000-0000-7000-8000-000000000003';
const ENTRY = '00000000-0000-7000-8000-000000000004';
const ITEM = '00000000-0000-7000-8000-000000000005';
const SHA = 'a'.repeat(64);

export type AppliedItemRow = Insertable<Database['sync_applied_items']>;
const APPLIED_ITEM: AppliedItemRow = {
  agency_id: AGENCY,
  account_id: ACCOUNT,
  item_id: ITEM,
  employee_id: EMPLOYEE,
  device_id: 'device-1',
  kind: 'entry.put',
  entry_id: ENTRY,
  status: 'applied',
  missing_evidence: [],
  device_time: new Date('2026-11-23T08:00:00Z'),
  received_at: new Date('2026-11-23T08:00:05Z'),
};

/** Deletes up to `limit` applied (not incomplete) items received before `before`; returns how many. */
export const deleteAppliedItemsBefore = defineQuery(
  'sync',
  'deleteAppliedItemsBefore',
  [[new Date('2026-08-01T00:00:00Z'), 5000]],
  async (db, before: Date, limit: number): Promise<number> => {
    const gone = await sql`
      delete from sync_applied_items s
      using (
        select agency_id, account_id, item_id from sync_applied_items
        where status = 'applied' and received_at < ${before}
        limit ${limit}
      ) old
      where s.agency_id = old.agency_id and s.account_id = old.account_id and s.item_id = old.item_id
    `.execute(db);
    return Number(gone.numAffectedRows ?? 0);
  },
);

/** Whether a change is older than the settle time, by the database clock (see pull.ts). */
const settledBefore = (settleMs: number) => sql<boolean>`change_at < clock_timestamp() - ${Math.round(settleMs)}::integer * interval '1 millisecond'`;

/** A change's place in the employee's order: its change time in microseconds since 1970 (text) and the entry id. */
export interface ChangeMark {
  micros: string;
  id: string;
}

const microsOf = sql<string>`(extract(epoch from change_at) * 1000000)::bigint::text`;
const timeOf = (micros: string) => sql`(timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond')`;

/**
 * Up to `limit` of an employee's entries changed after `after` (by change time, then id), oldest change
 * first, each with its place and whether the change has settled; from work date `from` on, if given.
 */
export const entryChangesAfter = defineQuery(
  'sync',
  'entryChangesAfter',
  [
    [AGENCY, EMPLOYEE, undefined, '2026-10-09', 201, 5000],
    [AGENCY, EMPLOYEE, { micros: '1795420800000000', id: ENTRY }, undefined, 201, 5000],
  ],
  async (db, agencyId: string, employeeId: string, after: ChangeMark | undefined, from: string | undefined, limit: number, settleMs: number) => {
    let query = db
      .selectFrom('journal_entries')
      .select(['id', 'work_date', 'deleted_at', microsOf.as('micros'), settledBefore(settleMs).as('settled')])
      .where('agency_id', '=', agencyId)
      .where('employee_id', '=', employeeId)
      .orderBy('change_at')
      .orderBy('id')
      .limit(limit);
    if (after) query = query.where(sql<boolean>`(change_at, id) > (${timeOf(after.micros)}, ${after.id}::uuid)`);
    if (from) query = query.where('work_date', '>=', from);
    return query.execute();
  },
);

/** The place of the employee's newest settled change to an entry dated before `before`, if any. */
export const newestSettledChangeBefore = defineQuery(
  'sync',
  'newestSettledChangeBefore',
  [[AGENCY, EMPLOYEE, '2026-10-09', 5000]],
  async (db, agencyId: string, employeeId: string, before: string, settleMs: number): Promise<ChangeMark | undefined> =>
    db
      .selectFrom('journal_entries')
      .select([microsOf.as('micros'), 'id'])
      .where('agency_id', '=', agencyId)
      .where('employee_id', '=', employeeId)
      .where(settledBefore(settleMs))
      .where('work_date', '<', before)
      .orderBy('change_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
);

/**
 * For a cursor of the old form (the last change number a phone saw): the earliest change time of the
 * employee's entries numbered after it (changes it has not seen, made before the watermark migration),
 * in microseconds, if any. Edits since that migration keep their number and are found by time.
 */
export const earliestChangeAfterNumber = defineQuery(
  'sync',
  'earliestChangeAfterNumber',
  [[AGENCY, EMPLOYEE, '1234']],
  async (db, agencyId: string, employeeId: string, afterSeq: string): Promise<string | undefined> =>
    (
      await db
        .selectFrom('journal_entries')
        .select(sql<string | null>`(extract(epoch from min(change_at)) * 1000000)::bigint::text`.as('micros'))
        .where('agency_id', '=', agencyId)
        .where('employee_id', '=', employeeId)
        .where('change_seq', '>', sql<string>`${afterSeq}::bigint`)
        .executeTakeFirst()
    )?.micros ?? undefined,
);

/** When the watermark migration ran (microseconds since 1970): edits from then on are ordered by time only. */
export const watermarkSince = defineQuery('sync', 'watermarkSince', [[]], async (db): Promise<string | undefined> => {
  const row = await sql<{ at: string }>`select timestamp as at from kysely_migration where name = '0029_sync_watermark'`.execute(db);
  const at = row.rows[0]?.at;
  return at ? (BigInt(Date.parse(at)) * 1000n).toString() : undefined;
});

/** How far an item of this account has been applied, if it has been seen. */
export const appliedItem = defineQuery('sync', 'appliedItem', [[AGENCY, ACCOUNT, ITEM]], async (db, agencyId: string, accountId: string, itemId: string) =>
  db
    .selectFrom('sync_applied_items')
    .select(['status', 'kind', 'entry_id'])
    .where('agency_id', '=', agencyId)
    .where('account_id', '=', accountId)
    .where('item_id', '=', itemId)
    .executeTakeFirst(),
);

/** An entry's owner, version and deletion time, deleted or not, if the id is used in the agency. */
export const entryOwnership = defineQuery('sync', 'entryOwnership', [[AGENCY, ENTRY]], async (db, agencyId: string, entryId: string) =>
  db.selectFrom('journal_entries').select(['employee_id', 'version', 'deleted_at']).where('agency_id', '=', agencyId).where('id', '=', entryId).executeTakeFirst(),
);

/** Records an item as applied or incomplete; a repeat of an incomplete item updates its status and missing files. */
export const upsertAppliedItem = defineQuery('sync', 'upsertAppliedItem', [[APPLIED_ITEM]], async (db, row: AppliedItemRow): Promise<void> => {
  await db
    .insertInto('sync_applied_items')
    .values(row)
    .onConflict((oc) => oc.columns(['agency_id', 'account_id', 'item_id']).doUpdateSet({ status: row.status, missing_evidence: row.missing_evidence }))
    .execute();
});

/** Records a batch's items, all new, in one statement. */
export const insertAppliedItems = defineQuery('sync', 'insertAppliedItems', [[[APPLIED_ITEM]]], async (db, rows: readonly AppliedItemRow[]): Promise<void> => {
  await db.insertInto('sync_applied_items').values([...rows]).execute();
});

/** Whether any of these items was seen from this account, or any of these entry ids is claimed (anywhere): one statement asks both. */
export const anyItemOrEntryKnown = defineQuery(
  'sync',
  'anyItemOrEntryKnown',
  [[AGENCY, ACCOUNT, [ITEM], [ENTRY]]],
  async (db, agencyId: string, accountId: string, itemIds: readonly string[], entryIds: readonly string[]): Promise<boolean> => {
    const known = await db
      .selectFrom('sync_applied_items')
      .select('item_id as id')
      .where('agency_id', '=', agencyId)
      .where('account_id', '=', accountId)
      .where('item_id', 'in', [...itemIds])
      .unionAll(db.selectFrom('entry_id_claims').select('id').where('id', 'in', [...entryIds]))
      .limit(1)
      .executeTakeFirst();
    return known !== undefined;
  },
);

/** The media type of each of these files that the account has uploaded. */
export const uploadedMediaTypes = defineQuery(
  'sync',
  'uploadedMediaTypes',
  [[ACCOUNT, [SHA]]],
  async (db, accountId: string, shas: readonly string[]): Promise<Map<string, string>> => {
    const uploaded = await db
      .selectFrom('evidence_uploads as u')
      .innerJoin('evidence_files as f', 'f.sha256', 'u.sha256')
      .select(['u.sha256', 'f.media_type'])
      .where('u.account_id', '=', accountId)
      .where('u.sha256', 'in', [...shas])
      .execute();
    return new Map(uploaded.map((u) => [u.sha256, u.media_type]));
  },
);

export type NewEntryRow = Insertable<Database['journal_entries']>;

/** Inserts a batch's new entries in one statement (the all-at-once push; the caller has claimed their ids). */
export const insertNewEntries = defineQuery(
  'sync',
  'insertNewEntries',
  [
    [
      [
        {
          agency_id: AGENCY,
          id: ENTRY,
          employee_id: EMPLOYEE,
          work_date: '2026-11-23',
          start_minute: 450,
          end_minute: 510,
          duration_minutes: 60,
          activity_code: 'UMM-001',
          activity_version: 1,
          volume: 1,
          description: '',
          rhk_id: null,
          credited_minutes: 60,
          device_recorded_at: new Date('2026-11-23T08:00:00Z'),
          clock_skew_seconds: 0,
          late_received_at: null,
          late_window_closed_at: null,
          received_at: new Date('2026-11-23T08:00:05Z'),
          created_at: new Date('2026-11-23T08:00:05Z'),
          updated_at: new Date('2026-11-23T08:00:05Z'),
        },
      ],
    ],
  ],
  async (db, rows: readonly NewEntryRow[]): Promise<void> => {
    await db.insertInto('journal_entries').values([...rows]).execute();
  },
);
