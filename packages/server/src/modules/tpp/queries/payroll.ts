import { defineQuery } from '../../../db/query.js';
import { ACCOUNT, AGENCY, AT, EMPLOYEE, RUN } from './examples.js';

// Writing the payroll attributes and sanctions of one employee.

export interface PayrollValues {
  agencyId: string;
  employeeId: string;
  golongan: string | null;
  cpns: boolean;
  kelasOverride: number | null;
  salary: number | null;
  bankAccount: { bank: string; number: string; holder: string } | null;
  objective: { percent: number; reason: string } | null;
  partScores: Record<string, number>;
  /** Neither an NPWP nor a NIK validated as NPWP (absent: false). */
  withoutNpwp?: boolean;
  accountId: string | null;
  at: Date;
}

const PAYROLL_EXAMPLE: PayrollValues = {
  agencyId: AGENCY,
  employeeId: EMPLOYEE,
  golongan: 'III/b',
  cpns: false,
  kelasOverride: null,
  salary: 3_800_000,
  bankAccount: { bank: 'Bank Kalbar', number: '1234567890', holder: 'Andi' },
  objective: null,
  partScores: {},
  accountId: ACCOUNT,
  at: AT,
};

/** The row's columns besides its key. */
function payrollColumns(v: PayrollValues) {
  return {
    golongan: v.golongan,
    cpns: v.cpns,
    kelas_override: v.kelasOverride,
    salary: v.salary,
    bank_account: v.bankAccount ? JSON.stringify(v.bankAccount) : null,
    objective: v.objective ? JSON.stringify(v.objective) : null,
    part_scores: JSON.stringify(v.partScores),
    without_npwp: v.withoutNpwp ?? false,
    updated_at: v.at,
    updated_by_account_id: v.accountId,
  };
}

/** Sets (inserts or replaces) one employee's attributes. */
export const upsertPayroll = defineQuery('tpp', 'upsertPayroll', [[PAYROLL_EXAMPLE]], async (db, v: PayrollValues) => {
  const row = payrollColumns(v);
  await db
    .insertInto('tpp_payroll')
    .values({ agency_id: v.agencyId, employee_id: v.employeeId, ...row })
    .onConflict((oc) => oc.columns(['agency_id', 'employee_id']).doUpdateSet(row))
    .execute();
});

/** Many employees' attributes at once (the demo province), in one statement; an employee who has some keeps them. */
export const insertPayrollRows = defineQuery('tpp', 'insertPayrollRows', [[[PAYROLL_EXAMPLE]]], async (db, rows: readonly PayrollValues[]) => {
  if (rows.length === 0) return;
  await db
    .insertInto('tpp_payroll')
    .values(rows.map((v) => ({ agency_id: v.agencyId, employee_id: v.employeeId, ...payrollColumns(v) })))
    .onConflict((oc) => oc.columns(['agency_id', 'employee_id']).doNothing())
    .execute();
});

export interface HukdisValues {
  agencyId: string;
  id: string;
  employeeId: string;
  hukdisId: string;
  fromMonth: string;
  toMonth: string;
  decreeNumber: string;
  accountId: string | null;
  at: Date;
}

export const insertHukdis = defineQuery(
  'tpp',
  'insertHukdis',
  [[{ agencyId: AGENCY, id: RUN, employeeId: EMPLOYEE, hukdisId: 'sedang', fromMonth: '2026-11', toMonth: '2027-10', decreeNumber: '800/1/BKD', accountId: ACCOUNT, at: AT }]],
  async (db, v: HukdisValues) => {
    await db
      .insertInto('tpp_hukdis')
      .values({
        agency_id: v.agencyId,
        id: v.id,
        employee_id: v.employeeId,
        hukdis_id: v.hukdisId,
        from_month: v.fromMonth,
        to_month: v.toMonth,
        decree_number: v.decreeNumber,
        created_at: v.at,
        created_by_account_id: v.accountId,
      })
      .execute();
  },
);

/** Withdraws a sanction (kept, marked); answers the row when it was in force. */
export const withdrawHukdis = defineQuery('tpp', 'withdrawHukdis', [[AGENCY, EMPLOYEE, RUN, ACCOUNT, AT]], async (db, agencyId: string, employeeId: string, id: string, accountId: string, at: Date) =>
  db
    .updateTable('tpp_hukdis')
    .set({ withdrawn_at: at, withdrawn_by_account_id: accountId })
    .where('agency_id', '=', agencyId)
    .where('employee_id', '=', employeeId)
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .returning(['id', 'hukdis_id', 'from_month', 'to_month'])
    .executeTakeFirst(),
);
