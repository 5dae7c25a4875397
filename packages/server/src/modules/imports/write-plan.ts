import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Plan } from './plan.js';
import { BATCH, insertBatched, replanForeignKeyChecks, updateBatched, type ColumnTypes } from './write.js';

const AGENCY_KEY: ColumnTypes = { agency_id: 'uuid', id: 'uuid' };

/** How many rows the plan writes, for progress. */
export function planSize(p: Plan): number {
  return (
    p.agencyInserts.length +
    p.unitInserts.length +
    p.unitUpdates.length +
    p.positionUpdatesFirst.length +
    p.positionInserts.length +
    p.positionUpdatesLast.length +
    p.employeeDeactivations.length +
    p.employeeInserts.length +
    p.employeeUpdates.length +
    p.overrideUpdates.length +
    p.assignmentEnds.length +
    p.assignmentStarts.length +
    p.assignmentInserts.length +
    p.accountInserts.length +
    p.accountUpdates.length
  );
}

/**
 * Writes the plan in the order the foreign keys and the one-head-per-unit index need:
 * agencies, units (parents first), positions (heads cleared before heads set), people,
 * their posts, their accounts. Uses only `trx`.
 */
export async function writePlan(trx: Transaction<Database>, p: Plan, now: Date, done: (n: number) => void): Promise<void> {
  const at = now.toISOString();
  const stamp = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, updated_at: at }));

  await insertBatched(trx, 'agencies', p.agencyInserts, done);
  await insertBatched(trx, 'units', p.unitInserts, done);
  if (p.unitInserts.length > BATCH) await replanForeignKeyChecks(trx);
  await updateBatched(trx, 'units', AGENCY_KEY, { name: 'text', parent_id: 'uuid', updated_at: 'timestamptz' }, stamp(p.unitUpdates), done, 'active = true');

  const positionSet: ColumnTypes = {
    unit_id: 'uuid',
    name: 'text',
    kind: 'text',
    jf_level: 'text',
    kelas_jabatan: 'smallint',
    is_unit_head: 'boolean',
    updated_at: 'timestamptz',
  };
  await updateBatched(trx, 'positions', AGENCY_KEY, positionSet, stamp(p.positionUpdatesFirst), done, 'active = true');
  await insertBatched(trx, 'positions', p.positionInserts, done);
  await updateBatched(trx, 'positions', AGENCY_KEY, positionSet, stamp(p.positionUpdatesLast), done, 'active = true');

  await updateBatched(trx, 'employees', AGENCY_KEY, { updated_at: 'timestamptz' }, stamp(p.employeeDeactivations), done, 'active = false');
  await insertBatched(trx, 'employees', p.employeeInserts, done);
  await updateBatched(
    trx,
    'employees',
    AGENCY_KEY,
    {
      name: 'text',
      front_title: 'text',
      back_title: 'text',
      rank_code: 'text',
      email: 'text',
      phone: 'text',
      supervisor_override_id: 'uuid',
      kind: 'text',
      sex: 'text',
      birth_date: 'date',
      updated_at: 'timestamptz',
    },
    stamp(p.employeeUpdates),
    done,
    'active = true',
  );
  await updateBatched(trx, 'employees', AGENCY_KEY, { supervisor_override_id: 'uuid' }, p.overrideUpdates, done);
  if (p.employeeInserts.length + p.positionInserts.length > BATCH) await replanForeignKeyChecks(trx);

  await updateBatched(trx, 'position_assignments', AGENCY_KEY, { ends_on: 'date' }, p.assignmentEnds, done);
  await updateBatched(trx, 'position_assignments', AGENCY_KEY, { starts_on: 'date' }, p.assignmentStarts, done);
  await insertBatched(trx, 'position_assignments', p.assignmentInserts, done);

  await insertBatched(trx, 'accounts', p.accountInserts, done);
  await updateBatched(trx, 'accounts', { id: 'uuid' }, { role: 'text', agency_id: 'uuid', employee_id: 'uuid', updated_at: 'timestamptz' }, stamp(p.accountUpdates), done);
}
