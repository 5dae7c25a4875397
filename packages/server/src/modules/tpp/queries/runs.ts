import { sql } from 'kysely';
import { defineQuery, type Db } from '../../../db/query.js';
import type { TppRunsTable } from '../../../db/schema.js';
import { ACCOUNT, AGENCY, AT, EMPLOYEE, few, RECALC, RUN } from './examples.js';

// Monthly runs: the run row, its employees' snapshots and results, its events and recalculations.

const RUN_COLUMNS = [
  'tpp_runs.agency_id',
  'tpp_runs.id',
  'tpp_runs.month',
  'tpp_runs.status',
  'tpp_runs.rule_set_id',
  'tpp_runs.rule_set_version',
  'tpp_runs.totals',
  'tpp_runs.not_final',
  'tpp_runs.computed_at',
  'tpp_runs.created_at',
  'tpp_runs.checked_at',
  'tpp_runs.locked_at',
] as const;

/**
 * Runs with their names and count of recalculations. With the agency, the count's subquery names it
 * too, so Citus plans the read on that agency's shard (a subquery correlated only through the run's
 * agency_id it sends to every shard).
 */
function runsWithNames(db: Db, agencyId?: string) {
  return db
    .selectFrom('tpp_runs')
    .innerJoin('agencies', 'agencies.id', 'tpp_runs.agency_id')
    .leftJoin('tpp_rule_sets', (j) => j.onRef('tpp_rule_sets.rule_set_id', '=', 'tpp_runs.rule_set_id').onRef('tpp_rule_sets.version', '=', 'tpp_runs.rule_set_version'))
    .select([...RUN_COLUMNS, 'agencies.name as agency_name', 'tpp_rule_sets.name as rule_set_name'])
    .select((eb) =>
      eb
        .selectFrom('tpp_recalculations')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('tpp_recalculations.agency_id', '=', 'tpp_runs.agency_id')
        .whereRef('tpp_recalculations.run_id', '=', 'tpp_runs.id')
        .$if(agencyId !== undefined, (q) => q.where('tpp_recalculations.agency_id', '=', agencyId!))
        .as('recalculations'),
    );
}
export type RunRow = Awaited<ReturnType<typeof runById>> & object;

/** One run of the agency with its agency's and rule set's names, or undefined. */
export const runById = defineQuery('tpp', 'runById', [[AGENCY, RUN]], async (db, agencyId: string, runId: string) =>
  runsWithNames(db, agencyId).where('tpp_runs.agency_id', '=', agencyId).where('tpp_runs.id', '=', runId).executeTakeFirst(),
);

/** The agency's run of a month, or undefined. */
export const runOfMonth = defineQuery('tpp', 'runOfMonth', [[AGENCY, '2026-11']], async (db, agencyId: string, month: string) =>
  runsWithNames(db, agencyId).where('tpp_runs.agency_id', '=', agencyId).where('tpp_runs.month', '=', month).executeTakeFirst(),
);

/** The agency's runs, newest month first; with a month, that month's only. */
export const runsOfAgency = defineQuery(
  'tpp',
  'runsOfAgency',
  [
    [AGENCY, null],
    [AGENCY, '2026-11'],
  ],
  async (db, agencyId: string, month: string | null) => {
    let q = runsWithNames(db, agencyId).where('tpp_runs.agency_id', '=', agencyId);
    if (month) q = q.where('tpp_runs.month', '=', month);
    return q.orderBy('tpp_runs.month', 'desc').limit(120).execute();
  },
);

/** Every agency's run of a month (the province's view); with ids, only those agencies'. */
export const runsOfMonth = defineQuery(
  'tpp',
  'runsOfMonth',
  [
    ['2026-11', null],
    ['2026-11', [AGENCY]],
  ],
  async (db, month: string, agencyIds: readonly string[] | null) => {
    let q = runsWithNames(db).where('tpp_runs.month', '=', month);
    if (agencyIds) q = q.where('tpp_runs.agency_id', 'in', few(agencyIds));
    return q.orderBy('agencies.name').execute();
  },
);

export interface RunValues {
  agencyId: string;
  id: string;
  month: string;
  ruleSetId: string;
  ruleSetVersion: number;
  totals: unknown;
  notFinal: unknown;
  accountId: string | null;
  at: Date;
}
const RUN_EXAMPLE: RunValues = { agencyId: AGENCY, id: RUN, month: '2026-11', ruleSetId: 'kalbar-default', ruleSetVersion: 1, totals: {}, notFinal: [], accountId: ACCOUNT, at: AT };

export const insertRun = defineQuery('tpp', 'insertRun', [[RUN_EXAMPLE]], async (db, v: RunValues) => {
  await db
    .insertInto('tpp_runs')
    .values({
      agency_id: v.agencyId,
      id: v.id,
      month: v.month,
      status: 'draft',
      rule_set_id: v.ruleSetId,
      rule_set_version: v.ruleSetVersion,
      totals: JSON.stringify(v.totals),
      not_final: JSON.stringify(v.notFinal),
      computed_at: v.at,
      created_at: v.at,
      created_by_account_id: v.accountId,
    })
    .execute();
});

/** A draft or checked run computed again: back to draft with its new figures; undefined when locked. */
export const updateUnlockedRun = defineQuery('tpp', 'updateUnlockedRun', [[RUN_EXAMPLE]], async (db, v: RunValues) =>
  db
    .updateTable('tpp_runs')
    .set({
      status: 'draft',
      rule_set_id: v.ruleSetId,
      rule_set_version: v.ruleSetVersion,
      totals: JSON.stringify(v.totals),
      not_final: JSON.stringify(v.notFinal),
      computed_at: v.at,
      checked_at: null,
      checked_by_account_id: null,
    })
    .where('agency_id', '=', v.agencyId)
    .where('id', '=', v.id)
    .where('status', '<>', 'locked')
    .returning('id')
    .executeTakeFirst(),
);

/** Moves a run from one status to the next; undefined when it was not in `from` (a concurrent change). */
export const moveRunStatus = defineQuery(
  'tpp',
  'moveRunStatus',
  [
    [AGENCY, RUN, 'draft', 'checked', ACCOUNT, AT],
    [AGENCY, RUN, 'checked', 'locked', ACCOUNT, AT],
    [AGENCY, RUN, 'checked', 'draft', ACCOUNT, AT],
  ],
  async (db, agencyId: string, runId: string, from: TppRunsTable['status'], to: TppRunsTable['status'], accountId: string, at: Date) => {
    const set =
      to === 'checked'
        ? { status: to, checked_at: at, checked_by_account_id: accountId }
        : to === 'locked'
          ? { status: to, locked_at: at, locked_by_account_id: accountId }
          : { status: to, checked_at: null, checked_by_account_id: null };
    return db.updateTable('tpp_runs').set(set).where('agency_id', '=', agencyId).where('id', '=', runId).where('status', '=', from).returning('id').executeTakeFirst();
  },
);

export const deleteRunEmployees = defineQuery('tpp', 'deleteRunEmployees', [[AGENCY, RUN]], async (db, agencyId: string, runId: string) => {
  await db.deleteFrom('tpp_run_employees').where('agency_id', '=', agencyId).where('run_id', '=', runId).execute();
});

export interface RunEmployeeValues {
  employeeId: string;
  nip: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  positionName: string | null;
  kelas: number | null;
  golongan: string | null;
  bankAccount: { bank: string; number: string; holder: string } | null;
  /** The post's TPP position group, and the rule set that computed the row when it is not the run's (migration 0046). */
  positionGroup?: string | null;
  ruleSet?: { id: string; version: number } | null;
  status: 'paid' | 'held' | 'non_tpp' | 'failed';
  input: unknown;
  result: unknown;
  error: string | null;
  basic: number;
  gross: number;
  cuts: number;
  pph21: number;
  bpjsEmployee: number;
  net: number;
  payable: number;
}

/** A batch of a run's employees in one statement. */
export const insertRunEmployees = defineQuery(
  'tpp',
  'insertRunEmployees',
  [
    [
      AGENCY,
      RUN,
      [
        {
          employeeId: EMPLOYEE, nip: '198703122010011002', name: 'Andi', unitId: null, unitName: null, positionName: null, kelas: 7, golongan: 'III/b', bankAccount: null,
          status: 'paid', input: {}, result: {}, error: null, basic: 0, gross: 0, cuts: 0, pph21: 0, bpjsEmployee: 0, net: 0, payable: 0,
        },
      ],
    ],
  ],
  async (db, agencyId: string, runId: string, rows: readonly RunEmployeeValues[]) => {
    if (rows.length === 0) return;
    await db
      .insertInto('tpp_run_employees')
      .values(
        rows.map((r) => ({
          agency_id: agencyId,
          run_id: runId,
          employee_id: r.employeeId,
          nip: r.nip,
          name: r.name,
          unit_id: r.unitId,
          unit_name: r.unitName,
          position_name: r.positionName,
          kelas: r.kelas,
          golongan: r.golongan,
          bank_account: r.bankAccount ? JSON.stringify(r.bankAccount) : null,
          status: r.status,
          input: r.input === null ? null : JSON.stringify(r.input),
          result: r.result === null ? null : JSON.stringify(r.result),
          error: r.error,
          basic: r.basic,
          gross: r.gross,
          cuts: r.cuts,
          pph21: r.pph21,
          bpjs_employee: r.bpjsEmployee,
          net: r.net,
          payable: r.payable,
          current_payable: r.payable,
          position_group: r.positionGroup ?? null,
          rule_set_id: r.ruleSet?.id ?? null,
          rule_set_version: r.ruleSet?.version ?? null,
        })),
      )
      .execute();
  },
);

const LIST_COLUMNS = [
  'employee_id', 'nip', 'name', 'unit_id', 'unit_name', 'position_name', 'kelas', 'golongan', 'status', 'error',
  'basic', 'gross', 'cuts', 'pph21', 'bpjs_employee', 'net', 'payable', 'current_payable', 'carried',
] as const;

/** A page of a run's employees (no snapshot), by unit then name; optionally one unit or a name/NIP search. */
export const runEmployeeList = defineQuery(
  'tpp',
  'runEmployeeList',
  [
    [AGENCY, RUN, { limit: 100, offset: 0 }],
    [AGENCY, RUN, { unitId: EMPLOYEE, q: 'andi', limit: 100, offset: 0 }],
  ],
  async (db, agencyId: string, runId: string, f: { unitId?: string; q?: string; limit: number; offset: number }) => {
    let q = db.selectFrom('tpp_run_employees').where('agency_id', '=', agencyId).where('run_id', '=', runId);
    if (f.unitId) q = q.where('unit_id', '=', f.unitId);
    if (f.q) {
      const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) => eb.or([eb('name', 'ilike', like), eb('nip', 'like', like)]));
    }
    const [items, total] = await Promise.all([
      q.select(LIST_COLUMNS).orderBy('unit_name').orderBy('name').limit(f.limit).offset(f.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return { items, total: Number(total?.n ?? 0) };
  },
);

/** Totals of a run per unit. */
export const runUnitTotals = defineQuery('tpp', 'runUnitTotals', [[AGENCY, RUN]], async (db, agencyId: string, runId: string) =>
  db
    .selectFrom('tpp_run_employees')
    .select((eb) => ['unit_id', 'unit_name', eb.fn.countAll<number>().as('employees'), eb.fn.sum<number>('gross').as('gross'), eb.fn.sum<number>('payable').as('payable')])
    .where('agency_id', '=', agencyId)
    .where('run_id', '=', runId)
    .groupBy(['unit_id', 'unit_name'])
    .orderBy('unit_name')
    .execute(),
);

/**
 * A run's employees with the snapshot and result in force: the run's own, or the latest
 * recalculation's for an employee recalculated since. All, or these employees.
 */
export const runSnapshots = defineQuery(
  'tpp',
  'runSnapshots',
  [
    [AGENCY, RUN, null],
    [AGENCY, RUN, [EMPLOYEE]],
  ],
  async (db, agencyId: string, runId: string, employeeIds: readonly string[] | null) => {
    let q = db
      .selectFrom('tpp_run_employees as e')
      .leftJoin('tpp_recalculation_employees as r', (j) =>
        j.onRef('r.agency_id', '=', 'e.agency_id').onRef('r.recalculation_id', '=', 'e.latest_recalculation_id').onRef('r.employee_id', '=', 'e.employee_id'),
      )
      .select([
        'e.employee_id', 'e.nip', 'e.name', 'e.unit_id', 'e.unit_name', 'e.position_name', 'e.kelas', 'e.golongan', 'e.bank_account', 'e.status',
        'e.current_payable', 'e.carried', 'e.latest_recalculation_id', 'e.position_group', 'e.rule_set_id', 'e.rule_set_version',
      ])
      .select([
        sql<unknown>`coalesce(r.input, e.input)`.as('input'),
        sql<unknown>`case when r.employee_id is null then e.result else r.result end`.as('result'),
        sql<string | null>`case when r.employee_id is null then e.error else r.error end`.as('error'),
        'e.input as run_input',
        'e.result as run_result',
      ])
      .where('e.agency_id', '=', agencyId)
      .where('e.run_id', '=', runId);
    if (employeeIds) q = q.where('e.employee_id', 'in', few(employeeIds));
    return q.orderBy('e.unit_name').orderBy('e.name').execute();
  },
);

/**
 * Appends an event to a run's history (its sequence number is the next one). An INSERT … SELECT from
 * the run and its events, both filtered by the agency, so Citus plans it on the agency's shard (a
 * subquery inside VALUES it refuses). Nothing is appended for a run that is not there.
 */
export const insertRunEvent = defineQuery('tpp', 'insertRunEvent', [[AGENCY, RUN, 'created', ACCOUNT, AT, '']], async (db, agencyId: string, runId: string, action: string, accountId: string | null, at: Date, note: string) => {
  await sql`
    insert into tpp_run_events (agency_id, run_id, seq, action, at, account_id, note)
    select r.agency_id, r.id, coalesce(max(ev.seq), 0) + 1, ${action}::text, ${at}::timestamptz, ${accountId}::uuid, ${note}::text
    from tpp_runs r left join tpp_run_events ev on ev.agency_id = r.agency_id and ev.run_id = r.id
    where r.agency_id = ${agencyId}::uuid and r.id = ${runId}::uuid
    group by r.agency_id, r.id
  `.execute(db);
});

/**
 * Who acted: the account's display name and NIP; its employee's name comes from org's
 * employeesOfAccounts (the account's agency may be another shard on Citus), see `byName`.
 */
const ACCOUNT_COLUMNS = ['acc.agency_id as actor_agency_id', 'acc.employee_id as actor_employee_id', 'acc.display_name', 'acc.nip'] as const;

export const runEvents = defineQuery('tpp', 'runEvents', [[AGENCY, RUN]], async (db, agencyId: string, runId: string) =>
  db
    .selectFrom('tpp_run_events as ev')
    .leftJoin('accounts as acc', 'acc.id', 'ev.account_id')
    .select(['ev.action', 'ev.at', 'ev.account_id', 'ev.note', ...ACCOUNT_COLUMNS])
    .where('ev.agency_id', '=', agencyId)
    .where('ev.run_id', '=', runId)
    .orderBy('ev.seq')
    .execute(),
);

export interface RecalculationValues {
  agencyId: string;
  id: string;
  runId: string;
  reason: string;
  settleMonth: string;
  total: number;
  changed: number;
  accountId: string | null;
  at: Date;
}

/**
 * A recalculation of a locked run; its sequence number is the next one of the run (an INSERT … SELECT
 * from the run, as insertRunEvent says why). Answers nothing for a run that is not there.
 */
export const insertRecalculation = defineQuery(
  'tpp',
  'insertRecalculation',
  [[{ agencyId: AGENCY, id: RECALC, runId: RUN, reason: 'koreksi presensi', settleMonth: '2026-12', total: 0, changed: 0, accountId: ACCOUNT, at: AT }]],
  async (db, v: RecalculationValues) => {
    const { rows } = await sql<{ seq: number }>`
      insert into tpp_recalculations (agency_id, id, run_id, seq, reason, settle_month, total, changed, created_at, created_by_account_id)
      select r.agency_id, ${v.id}::uuid, r.id, coalesce(max(rc.seq), 0) + 1, ${v.reason}::text, ${v.settleMonth}::text, ${v.total}::bigint,
        ${v.changed}::int, ${v.at}::timestamptz, ${v.accountId}::uuid
      from tpp_runs r left join tpp_recalculations rc on rc.agency_id = r.agency_id and rc.run_id = r.id
      where r.agency_id = ${v.agencyId}::uuid and r.id = ${v.runId}::uuid
      group by r.agency_id, r.id
      returning seq
    `.execute(db);
    return rows[0];
  },
);

export interface RecalculatedEmployee {
  employeeId: string;
  input: unknown;
  result: unknown;
  error: string | null;
  before: number;
  after: number;
}

export const insertRecalculationEmployees = defineQuery(
  'tpp',
  'insertRecalculationEmployees',
  [[AGENCY, RECALC, [{ employeeId: EMPLOYEE, input: {}, result: {}, error: null, before: 100, after: 90 }]]],
  async (db, agencyId: string, recalculationId: string, rows: readonly RecalculatedEmployee[]) => {
    if (rows.length === 0) return;
    await db
      .insertInto('tpp_recalculation_employees')
      .values(
        rows.map((r) => ({
          agency_id: agencyId,
          recalculation_id: recalculationId,
          employee_id: r.employeeId,
          input: r.input === null ? null : JSON.stringify(r.input),
          result: r.result === null ? null : JSON.stringify(r.result),
          error: r.error,
          before_payable: r.before,
          after_payable: r.after,
          difference: r.after - r.before,
        })),
      )
      .execute();
  },
);

/** Points the run's employees at a recalculation: their payable now and the difference carried, in one statement. */
export const applyRecalculation = defineQuery(
  'tpp',
  'applyRecalculation',
  [[AGENCY, RUN, RECALC, [{ employeeId: EMPLOYEE, payable: 90, difference: -10 }]]],
  async (db, agencyId: string, runId: string, recalculationId: string, rows: readonly { employeeId: string; payable: number; difference: number }[]) => {
    if (rows.length === 0) return;
    await sql`
      update tpp_run_employees as t
      set latest_recalculation_id = ${recalculationId}::uuid, current_payable = x.payable, carried = t.carried + x.difference
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x("employeeId" uuid, payable bigint, difference bigint)
      where t.agency_id = ${agencyId}::uuid and t.run_id = ${runId}::uuid and t.employee_id = x."employeeId"
    `.execute(db);
  },
);

/** A run's recalculations, oldest first. */
export const recalculationsOfRun = defineQuery('tpp', 'recalculationsOfRun', [[AGENCY, RUN]], async (db, agencyId: string, runId: string) =>
  db
    .selectFrom('tpp_recalculations as rc')
    .leftJoin('accounts as acc', 'acc.id', 'rc.created_by_account_id')
    .select(['rc.id', 'rc.seq', 'rc.reason', 'rc.settle_month', 'rc.total', 'rc.changed', 'rc.created_at', ...ACCOUNT_COLUMNS])
    .where('rc.agency_id', '=', agencyId)
    .where('rc.run_id', '=', runId)
    .orderBy('rc.seq')
    .execute(),
);

/** One recalculation's employees with their identity from the run. */
export const recalculationItems = defineQuery('tpp', 'recalculationItems', [[AGENCY, RUN, RECALC]], async (db, agencyId: string, runId: string, recalculationId: string) =>
  db
    .selectFrom('tpp_recalculation_employees as r')
    .innerJoin('tpp_run_employees as e', (j) => j.onRef('e.agency_id', '=', 'r.agency_id').onRef('e.employee_id', '=', 'r.employee_id').on('e.run_id', '=', runId))
    .select(['r.employee_id', 'e.nip', 'e.name', 'r.before_payable', 'r.after_payable', 'r.difference'])
    .where('r.agency_id', '=', agencyId)
    .where('r.recalculation_id', '=', recalculationId)
    .orderBy('e.name')
    .execute(),
);

/** An employee's recalculations in a run. */
export const employeeRecalculations = defineQuery('tpp', 'employeeRecalculations', [[AGENCY, RUN, EMPLOYEE]], async (db, agencyId: string, runId: string, employeeId: string) =>
  db
    .selectFrom('tpp_recalculation_employees as r')
    .innerJoin('tpp_recalculations as rc', (j) => j.onRef('rc.agency_id', '=', 'r.agency_id').onRef('rc.id', '=', 'r.recalculation_id'))
    .select(['rc.id', 'rc.created_at', 'rc.reason', 'r.before_payable', 'r.after_payable', 'r.difference'])
    .where('r.agency_id', '=', agencyId)
    .where('rc.run_id', '=', runId)
    .where('r.employee_id', '=', employeeId)
    .orderBy('rc.seq')
    .execute(),
);

/** Employees' rows in the runs of their agency: a month for several, or an employee's months before one. */
export const employeeRunMonths = defineQuery(
  'tpp',
  'employeeRunMonths',
  [
    [AGENCY, [EMPLOYEE], { month: '2026-11' }],
    [AGENCY, [EMPLOYEE], { before: '2026-12', limit: 12 }],
  ],
  async (db, agencyId: string, employeeIds: readonly string[], f: { month?: string; before?: string; limit?: number }) => {
    let q = db
      .selectFrom('tpp_run_employees as e')
      .innerJoin('tpp_runs as r', (j) => j.onRef('r.agency_id', '=', 'e.agency_id').onRef('r.id', '=', 'e.run_id'))
      .select(['e.employee_id', 'r.id as run_id', 'r.month', 'r.status as run_status', 'e.status', 'e.gross', 'e.net', 'e.payable', 'e.current_payable', 'e.carried', 'e.error'])
      .where('e.agency_id', '=', agencyId)
      .where('e.employee_id', 'in', few(employeeIds));
    if (f.month) q = q.where('r.month', '=', f.month);
    if (f.before) q = q.where('r.month', '<', f.before);
    q = q.orderBy('r.month', 'desc');
    if (f.limit) q = q.limit(f.limit);
    return q.execute();
  },
);

/** Locked runs of a month (what-if), with their agency's name; with ids, only those agencies'. */
export const lockedRunsOfMonth = defineQuery(
  'tpp',
  'lockedRunsOfMonth',
  [
    ['2026-11', null],
    ['2026-11', [AGENCY]],
  ],
  async (db, month: string, agencyIds: readonly string[] | null) => {
    let q = db
      .selectFrom('tpp_runs')
      .innerJoin('agencies', 'agencies.id', 'tpp_runs.agency_id')
      .select(['tpp_runs.agency_id', 'tpp_runs.id', 'agencies.name as agency_name', 'agencies.code as agency_code'])
      .where('tpp_runs.month', '=', month)
      .where('tpp_runs.status', '=', 'locked');
    if (agencyIds) q = q.where('tpp_runs.agency_id', 'in', few(agencyIds));
    return q.orderBy('agencies.name').execute();
  },
);
