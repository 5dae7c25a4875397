import { defineQuery } from '../../db/query.js';
import { sql } from 'kysely';

/**
 * Attendance punches older than their retention period (KINERJA_RETENTION_PUNCHES_DAYS): the raw
 * machine records. A locked TPP run keeps its own snapshot of the days it read, so removing a punch
 * never changes a paid month; how many were removed.
 */
export const deletePunchesBefore = defineQuery('retention', 'deletePunchesBefore', [[new Date(0)]], async (db, before: Date): Promise<number> => {
  const r = await db.deleteFrom('attendance_punches').where('at', '<', before).executeTakeFirst();
  return Number(r.numDeletedRows);
});

const AGENCY = '00000000-0000-4000-8000-000000000001';
const ENTRY = '00000000-0000-4000-8000-000000000002';

/**
 * What keeps a journal entry past its period (modules/retention/purge.ts): the month's TPP run is locked
 * and the month began after `tppHoldMonth` (its legal keep period has not run out), or a finalised
 * evaluation of the employee's SKP covers the day and was finalised after `evaluationHoldSince`.
 */
export interface Holds {
  /** 'YYYY-MM': locked TPP months from this one on are held. */
  tppHoldMonth: string;
  evaluationHoldSince: Date;
}
const HOLDS: Holds = { tppHoldMonth: '2016-12', evaluationHoldSince: new Date(0) };

/**
 * True when a hold keeps the entry `e` (the statement's journal_entries alias, of `agencyId`). Each
 * subquery names the agency itself, not only through `e`: so Citus plans the statement on the agency's shard.
 */
function held(agencyId: string, holds: Holds) {
  return sql<boolean>`(exists (select 1 from tpp_runs r
                               where r.agency_id = ${agencyId} and r.agency_id = e.agency_id and r.status = 'locked'
                                 and r.month = to_char(e.work_date, 'YYYY-MM') and r.month >= ${holds.tppHoldMonth})
                    or exists (select 1 from evaluations v join skp s on s.agency_id = v.agency_id and s.id = v.skp_id
                               where v.agency_id = ${agencyId} and s.agency_id = ${agencyId} and v.agency_id = e.agency_id
                                 and s.employee_id = e.employee_id and v.status = 'final'
                                 and e.work_date between v.covered_from and v.covered_to
                                 and v.finalised_at > ${holds.evaluationHoldSince}))`;
}

export const retentionAgencies = defineQuery('retention', 'retentionAgencies', [[]], async (db) =>
  (await db.selectFrom('agencies').select('id').orderBy('id').execute()).map((r) => r.id),
);

/** One batch of an agency's entries worked before `before` that no hold keeps, oldest first. */
export const purgeableEntries = defineQuery('retention', 'purgeableEntries', [[AGENCY, '2016-12-01', HOLDS, 500]], async (db, agencyId: string, before: string, holds: Holds, limit: number) =>
  (
    await db
      .selectFrom('journal_entries as e')
      .select('e.id')
      .where('e.agency_id', '=', agencyId)
      .where('e.work_date', '<', before)
      .where(sql<boolean>`not ${held(agencyId, holds)}`)
      .orderBy('e.work_date')
      .orderBy('e.id')
      .limit(limit)
      .execute()
  ).map((r) => r.id),
);

/** One batch of an agency's entries worked before `before`, no hold keeping them, that still have evidence attached. */
export const entriesWithOldEvidence = defineQuery('retention', 'entriesWithOldEvidence', [[AGENCY, '2016-12-01', HOLDS, 500]], async (db, agencyId: string, before: string, holds: Holds, limit: number) =>
  (
    await db
      .selectFrom('journal_entries as e')
      .select('e.id')
      .where('e.agency_id', '=', agencyId)
      .where('e.work_date', '<', before)
      .where((eb) => eb.exists(eb.selectFrom('journal_entry_evidence as x').select('x.sha256').where('x.agency_id', '=', agencyId).whereRef('x.agency_id', '=', 'e.agency_id').whereRef('x.entry_id', '=', 'e.id')))
      .where(sql<boolean>`not ${held(agencyId, holds)}`)
      .orderBy('e.work_date')
      .orderBy('e.id')
      .limit(limit)
      .execute()
  ).map((r) => r.id),
);

/** For the dry-run report: an agency's entries before `before`, and how many of them a hold keeps. */
export const countEntriesBefore = defineQuery('retention', 'countEntriesBefore', [[AGENCY, '2016-12-01', HOLDS]], async (db, agencyId: string, before: string, holds: Holds) => {
  const r = await db
    .selectFrom('journal_entries as e')
    .select([
      sql<string>`count(*)`.as('total'),
      sql<string>`count(*) filter (where ${held(agencyId, holds)})`.as('held'),
      sql<string>`count(*) filter (where not ${held(agencyId, holds)} and exists (select 1 from journal_entry_evidence x where x.agency_id = ${agencyId} and x.agency_id = e.agency_id and x.entry_id = e.id))`.as('withEvidenceDue'),
    ])
    .where('e.agency_id', '=', agencyId)
    .where('e.work_date', '<', before)
    .executeTakeFirstOrThrow();
  return { total: Number(r.total), held: Number(r.held), withEvidenceDue: Number(r.withEvidenceDue) };
});

/** The evidence links of these entries, removed; the files they named (each once). */
export const detachEvidence = defineQuery('retention', 'detachEvidence', [[AGENCY, [ENTRY]]], async (db, agencyId: string, entryIds: string[]) =>
  (await db.deleteFrom('journal_entry_evidence').where('agency_id', '=', agencyId).where('entry_id', 'in', entryIds).returning('sha256').execute()).map((r) => r.sha256),
);

/**
 * Removes these entries with their history and decisions (their evidence links first: detachEvidence).
 * The append-only triggers of migration 0048 let this transaction's deletes through (kinerja.retention_purge).
 * Set with SET LOCAL, which Citus sends on to the workers whose shards' triggers read it when
 * citus.propagate_set_commands is 'local' (set_config() it does not send); elsewhere that is a placeholder setting.
 */
export const deleteEntries = defineQuery('retention', 'deleteEntries', [[AGENCY, [ENTRY]]], async (db, agencyId: string, entryIds: string[]): Promise<number> => {
  await sql`set local citus.propagate_set_commands to 'local'`.execute(db);
  await sql`set local kinerja.retention_purge to 'on'`.execute(db);
  await db.deleteFrom('journal_entry_events').where('agency_id', '=', agencyId).where('entry_id', 'in', entryIds).execute();
  await db.deleteFrom('entry_decisions').where('agency_id', '=', agencyId).where('entry_id', 'in', entryIds).execute();
  const r = await db.deleteFrom('journal_entries').where('agency_id', '=', agencyId).where('id', 'in', entryIds).executeTakeFirst();
  await sql`set local kinerja.retention_purge to 'off'`.execute(db);
  return Number(r.numDeletedRows);
});

/**
 * The daily sweep: a page (by sha256, after `after`) of files created before `createdBefore` and not
 * uploaded since `uploadedSince`. Whether anything still names them is the evidence module's question
 * (removeUnnamedFiles): the store is shared by every agency.
 */
export const oldEvidenceFiles = defineQuery('retention', 'oldEvidenceFiles', [[new Date(0), new Date(0), '', 500]], async (db, createdBefore: Date, uploadedSince: Date, after: string, limit: number) =>
  (
    await db
      .selectFrom('evidence_files as f')
      .select('f.sha256')
      .where('f.created_at', '<', createdBefore)
      .where('f.sha256', '>', after)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('evidence_uploads as x').select('x.sha256').whereRef('x.sha256', '=', 'f.sha256').where('x.uploaded_at', '>=', uploadedSince))))
      .orderBy('f.sha256')
      .limit(limit)
      .execute()
  ).map((r) => r.sha256),
);
