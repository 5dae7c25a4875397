import { sql, type Kysely } from 'kysely';

/**
 * Where every table lives on a Citus cluster (docs/scaling.md, "The nation"): the one place that says
 * it. `migrateToLatest` applies it when the database has the citus extension; on PostgreSQL and PGlite
 * it does nothing. A table missing here fails `distribution.test.ts` (and the migration on Citus), so a
 * new module must place its tables.
 *
 * - `tenant`: distributed by `agency_id`, all co-located (one agency's rows of every tenant table on one
 *   shard), so a tenant request, which always names its agency, is a single-shard router plan.
 * - `reference`: a copy on every node; small, read by every request, written rarely (accounts, the
 *   dictionary, evidence file bodies, as the cluster trial chose). A write goes to every node.
 * - `distributed`: distributed by another key and not co-located (entry id claims by id, so their
 *   primary key is enforceable).
 * - `local`: stays on the coordinator: province-wide rows that have no agency (`agency_id` null means
 *   the province), the migrator's bookkeeping. A local table is never joined with a distributed one.
 */
export type Placement = { kind: 'tenant' } | { kind: 'reference' } | { kind: 'distributed'; column: string } | { kind: 'local' };

const tenant: Placement = { kind: 'tenant' };
const reference: Placement = { kind: 'reference' };
const local: Placement = { kind: 'local' };

export const DISTRIBUTION: Readonly<Record<string, Placement>> = {
  // Reference tables: the tenant root, sign-in, the province's dictionaries and shared files.
  agencies: reference,
  accounts: reference,
  account_totp: reference,
  recovery_codes: reference,
  holidays: reference,
  activity_dictionary_versions: reference,
  activities: reference,
  evidence_files: reference,
  evidence_uploads: reference,
  regional_officials: reference,
  regional_leadership_terms: reference,
  attendance_serials: reference,
  tpp_rule_sets: reference,
  siasn_reference_codes: reference,

  // Distributed by their own key.
  entry_id_claims: { kind: 'distributed', column: 'id' },

  // Tenant tables, co-located by agency_id.
  units: tenant,
  positions: tenant,
  employees: tenant,
  position_assignments: tenant,
  agency_settings_versions: tenant,
  journal_entries: tenant,
  journal_entry_events: tenant,
  journal_entry_evidence: tenant,
  activity_favourites: tenant,
  activity_sets: tenant,
  entry_decisions: tenant,
  sync_applied_items: tenant,
  skp: tenant,
  skp_versions: tenant,
  skp_events: tenant,
  skp_people: tenant,
  skp_rhk: tenant,
  skp_iki: tenant,
  signed_skp_scans: tenant,
  organisation_results: tenant,
  evaluations: tenant,
  evaluation_events: tenant,
  signed_evaluation_scans: tenant,
  evaluation_feedback: tenant,
  evaluation_realisasi: tenant,
  evaluation_realisasi_aksi: tenant,
  skp_rencana_aksi: tenant,
  attendance_machines: tenant,
  attendance_commands: tenant,
  attendance_operlog: tenant,
  attendance_pins: tenant,
  attendance_punches: tenant,
  selfie_geofences: tenant,
  selfie_references: tenant,
  selfie_checkins: tenant,
  attendance_schedules: tenant,
  attendance_schedule_assignments: tenant,
  attendance_rule_versions: tenant,
  attendance_leave_types: tenant,
  attendance_leave_requests: tenant,
  attendance_alerts: tenant,
  attendance_events: tenant,
  attendance_event_attendees: tenant,
  tpp_payroll: tenant,
  tpp_hukdis: tenant,
  tpp_signers: tenant,
  tpp_position_groups: tenant,
  tpp_runs: tenant,
  tpp_run_employees: tenant,
  tpp_run_events: tenant,
  tpp_recalculations: tenant,
  tpp_recalculation_employees: tenant,
  personal_data_reads: tenant,
  data_exports: tenant,

  // On the coordinator: rows whose agency may be null (the province), and bookkeeping.
  audit_log: local,
  audit_checkpoints: local,
  // Two unique keys (token_hash, id) that no one distribution column can keep: on the coordinator for
  // now; read with accounts (a reference table, which has a copy there).
  sessions: local,
  import_jobs: local,
  outages: local,
  kysely_migration: local,
  kysely_migration_lock: local,
};

/**
 * Foreign keys Citus cannot keep, dropped when the layout is applied (and kept on one node): a
 * reference table may not reference a distributed one. What each one guarded is then the
 * application's to keep.
 */
export const FOREIGN_KEYS_DROPPED_ON_CITUS: readonly string[] = [
  // accounts (reference) → employees (tenant): an account names its employee; the account import writes both.
  'accounts_agency_id_employee_id_fkey',
];

/** The first tenant table: the others are co-located with it. */
const COLOCATION_ANCHOR = 'units';

export async function isCitus(db: Kysely<any>): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_extension where extname = 'citus'`.execute(db);
  return rows[0]!.n > 0;
}

export interface DistributionOutcome {
  placed: string[];
  droppedForeignKeys: string[];
}

/**
 * Places every table of the current schema that Citus does not manage yet, as DISTRIBUTION says:
 * foreign keys touching them are dropped, reference tables made, tenant tables distributed and
 * co-located, then the keys added back (except FOREIGN_KEYS_DROPPED_ON_CITUS). One transaction, in
 * sequential mode (DDL over reference and distributed tables in one transaction needs it). The
 * append-only guards (BEFORE UPDATE/DELETE triggers that only raise) touch no other table, so they
 * are allowed onto the shards with citus.enable_unsafe_triggers.
 *
 * `KINERJA_CITUS_SHARD_COUNT` sets the shard count of the tables placed (tests use few: each test file
 * makes its own schema; Citus's default, 32, is for a real cluster).
 */
export async function applyDistribution(db: Kysely<any>): Promise<DistributionOutcome> {
  if (!(await isCitus(db))) return { placed: [], droppedForeignKeys: [] };
  return db.transaction().execute(async (trx) => {
    const { rows: tables } = await sql<{ name: string }>`
      select c.relname as name from pg_class c
       where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
         and c.oid not in (select logicalrelid from pg_dist_partition)
       order by c.relname`.execute(trx);
    const missing = tables.filter((t) => !DISTRIBUTION[t.name]).map((t) => t.name);
    if (missing.length) throw new Error(`Tabel tanpa tempat di db/distribution.ts: ${missing.join(', ')}`);
    const toPlace = tables.map((t) => t.name).filter((t) => DISTRIBUTION[t]!.kind !== 'local');
    if (!toPlace.length) return { placed: [], droppedForeignKeys: [] };
    return { placed: toPlace, droppedForeignKeys: await placeTables(trx, toPlace) };
  });
}

/**
 * Places `toPlace` (tables of the current schema, none of kind local) inside the caller's transaction:
 * the foreign keys touching them dropped, reference tables made, tenant tables distributed and
 * co-located, the keys added back; returns the keys Citus cannot keep (not added back). Used by
 * applyDistribution and by a migration's new table on a database already laid out (db/migration-ddl.ts).
 */
export async function placeTables(trx: Kysely<any>, toPlace: readonly string[]): Promise<string[]> {
  const missing = toPlace.filter((t) => !DISTRIBUTION[t]);
  if (missing.length) throw new Error(`Tabel tanpa tempat di db/distribution.ts: ${missing.join(', ')}`);
  await sql`set local citus.multi_shard_modify_mode to 'sequential'`.execute(trx);
  await sql`set local citus.enable_unsafe_triggers to on`.execute(trx);
  const shards = Number(process.env.KINERJA_CITUS_SHARD_COUNT ?? '');
  if (Number.isInteger(shards) && shards > 0) await sql`select set_config('citus.shard_count', ${String(shards)}, true)`.execute(trx);

  const { rows: keys } = await sql<{ table: string; name: string; def: string }>`
    select cl.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as def
      from pg_constraint k join pg_class cl on cl.oid = k.conrelid left join pg_class cf on cf.oid = k.confrelid
     where k.contype = 'f' and cl.relnamespace = current_schema()::regnamespace
       and (cl.relname = any(${toPlace}::text[]) or cf.relname = any(${toPlace}::text[]))
     order by cl.relname, k.conname`.execute(trx);
  for (const k of keys) await sql`alter table ${sql.id(k.table)} drop constraint ${sql.id(k.name)}`.execute(trx);

  const kindOf = (t: string) => DISTRIBUTION[t]!.kind;
  for (const t of toPlace.filter((t) => kindOf(t) === 'reference')) {
    await sql`select create_reference_table(${t})`.execute(trx);
  }
  const tenants = toPlace.filter((t) => kindOf(t) === 'tenant');
  const anchorPlaced = !tenants.includes(COLOCATION_ANCHOR);
  for (const t of anchorPlaced ? tenants : [COLOCATION_ANCHOR, ...tenants.filter((x) => x !== COLOCATION_ANCHOR)]) {
    if (t === COLOCATION_ANCHOR) await sql`select create_distributed_table(${t}, 'agency_id', colocate_with => 'none')`.execute(trx);
    else await sql`select create_distributed_table(${t}, 'agency_id', colocate_with => ${COLOCATION_ANCHOR})`.execute(trx);
  }
  for (const t of toPlace) {
    const p = DISTRIBUTION[t]!;
    if (p.kind === 'distributed') await sql`select create_distributed_table(${t}, ${p.column}, colocate_with => 'none')`.execute(trx);
  }

  const dropped: string[] = [];
  for (const k of keys) {
    if (FOREIGN_KEYS_DROPPED_ON_CITUS.includes(k.name)) dropped.push(k.name);
    else await sql`alter table ${sql.id(k.table)} add constraint ${sql.id(k.name)} ${sql.raw(k.def)}`.execute(trx);
  }
  return dropped;
}
