/**
 * The payroll attributes the TPP engine needs that the org tables do not hold: golongan (else the
 * employee's rank), CPNS, a kelas set by hand (else the post's), the salary BPJS is already paid on,
 * the bank account, a variabel objektif, extra parts' scores, and hukuman disiplin with their months.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '@kinerja/core';
import type { TppHukdisBody, TppHukdisRecord, TppPayrollBody, TppPayrollRow } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { displayName, findTodayChart } from '../org/index.js';
import { employeesForTpp, hukdisRows, payrollRows, positionsForTpp } from './queries/inputs.js';
import { insertHukdis, upsertPayroll, withdrawHukdis } from './queries/payroll.js';

type HukdisRow = Awaited<ReturnType<typeof hukdisRows>>[number];
const hukdisOf = (h: HukdisRow): TppHukdisRecord => ({
  id: h.id,
  hukdisId: h.hukdis_id,
  fromMonth: h.from_month,
  toMonth: h.to_month,
  decreeNumber: h.decree_number,
  withdrawnAt: h.withdrawn_at ? new Date(h.withdrawn_at).toISOString() : null,
});

/** Every active employee of the agency (or these) with their attributes and what is missing. */
export async function payrollList(ctx: AppContext, p: Principal, agencyId: string, employeeIds: readonly string[] | null = null): Promise<TppPayrollRow[]> {
  await requireAccess(ctx, p, 'tpp.read', { agencyId });
  const found = await findTodayChart(ctx, agencyId);
  if (!found) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  const [people, positions, payroll, hukdis] = await Promise.all([
    employeesForTpp(ctx.db, agencyId, employeeIds),
    positionsForTpp(ctx.db, agencyId),
    payrollRows(ctx.db, agencyId, employeeIds),
    hukdisRows(ctx.db, agencyId, null, employeeIds),
  ]);
  const positionById = new Map(positions.map((x) => [x.id, x]));
  const payOf = new Map(payroll.map((r) => [r.employee_id, r]));
  const hukdisBy = new Map<string, TppHukdisRecord[]>();
  for (const h of hukdis) hukdisBy.set(h.employee_id, [...(hukdisBy.get(h.employee_id) ?? []), hukdisOf(h)]);
  return people.map((person) => {
    const pay = payOf.get(person.id);
    const post = positionById.get(found.chart.positionOf(person.id) ?? '');
    const golongan = pay?.golongan ?? person.rank_code ?? null;
    const kelas = pay?.kelas_override ?? post?.kelas_jabatan ?? null;
    const missing = [kelas === null ? 'kelas' : null, golongan === null ? 'golongan' : null, pay?.bank_account ? null : 'bankAccount'].filter((x): x is string => x !== null);
    return {
      employeeId: person.id,
      nip: person.nip,
      name: displayName(person),
      kind: person.kind,
      unitName: post?.unit_name ?? null,
      positionName: post?.name ?? null,
      kelasFromPosition: post?.kelas_jabatan ?? null,
      kelasOverride: pay?.kelas_override ?? null,
      golongan,
      cpns: pay?.cpns ?? false,
      salary: pay?.salary === null || pay?.salary === undefined ? null : Number(pay.salary),
      bankAccount: pay?.bank_account ?? null,
      objective: pay?.objective ?? null,
      partScores: pay?.part_scores ?? {},
      withoutNpwp: pay?.without_npwp ?? false,
      hukdis: hukdisBy.get(person.id) ?? [],
      missing,
      updatedAt: pay ? new Date(pay.updated_at).toISOString() : null,
    };
  });
}

async function oneRow(ctx: AppContext, p: Principal, agencyId: string, employeeId: string): Promise<TppPayrollRow> {
  const [row] = await payrollList(ctx, p, agencyId, [employeeId]);
  if (!row) throw new AppError('NOT_FOUND', 'Pegawai tidak ditemukan di instansi ini.');
  return row;
}

export async function setPayroll(ctx: AppContext, p: Principal, agencyId: string, employeeId: string, body: TppPayrollBody): Promise<TppPayrollRow> {
  await requireAccess(ctx, p, 'tpp.manage', { agencyId });
  const before = await oneRow(ctx, p, agencyId, employeeId);
  await ctx.db.transaction().execute(async (trx) => {
    await upsertPayroll(trx, {
      agencyId,
      employeeId,
      golongan: body.golongan,
      cpns: body.cpns,
      kelasOverride: body.kelasOverride,
      salary: body.salary,
      bankAccount: body.bankAccount,
      objective: body.objective,
      partScores: body.partScores ?? {},
      withoutNpwp: body.withoutNpwp ?? before.withoutNpwp,
      accountId: p.accountId,
      at: ctx.now(),
    });
    // The account number is personal data: the trail names that it changed, not its digits.
    await recordAudit(trx, {
      agencyId,
      actorAccountId: p.accountId,
      action: 'tpp.payroll.set',
      entity: 'employee',
      entityId: employeeId,
      data: {
        golongan: body.golongan,
        cpns: body.cpns,
        kelasOverride: body.kelasOverride,
        salary: body.salary,
        bankAccountChanged: JSON.stringify(before.bankAccount) !== JSON.stringify(body.bankAccount),
        objective: body.objective,
        withoutNpwp: body.withoutNpwp ?? before.withoutNpwp,
      },
    });
  });
  return oneRow(ctx, p, agencyId, employeeId);
}

export async function addHukdis(ctx: AppContext, p: Principal, agencyId: string, employeeId: string, body: TppHukdisBody): Promise<TppHukdisRecord> {
  await requireAccess(ctx, p, 'tpp.manage', { agencyId });
  if (body.toMonth < body.fromMonth) throw new AppError('VALIDATION', 'Bulan akhir hukuman disiplin sebelum bulan mulainya.', [{ field: 'toMonth', message: 'harus sama atau sesudah fromMonth' }]);
  await oneRow(ctx, p, agencyId, employeeId);
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await insertHukdis(trx, { agencyId, id, employeeId, hukdisId: body.hukdisId, fromMonth: body.fromMonth, toMonth: body.toMonth, decreeNumber: body.decreeNumber, accountId: p.accountId, at: ctx.now() });
    await recordAudit(trx, { agencyId, actorAccountId: p.accountId, action: 'tpp.hukdis.added', entity: 'employee', entityId: employeeId, data: { id, ...body } });
  });
  return { id, hukdisId: body.hukdisId, fromMonth: body.fromMonth, toMonth: body.toMonth, decreeNumber: body.decreeNumber, withdrawnAt: null };
}

export async function removeHukdis(ctx: AppContext, p: Principal, agencyId: string, employeeId: string, hukdisRecordId: string): Promise<void> {
  await requireAccess(ctx, p, 'tpp.manage', { agencyId });
  await ctx.db.transaction().execute(async (trx) => {
    const row = await withdrawHukdis(trx, agencyId, employeeId, hukdisRecordId, p.accountId, ctx.now());
    if (!row) throw new AppError('NOT_FOUND', 'Hukuman disiplin tidak ditemukan atau sudah dicabut.');
    await recordAudit(trx, { agencyId, actorAccountId: p.accountId, action: 'tpp.hukdis.withdrawn', entity: 'employee', entityId: employeeId, data: { id: hukdisRecordId, hukdisId: row.hukdis_id, fromMonth: row.from_month, toMonth: row.to_month } });
  });
}
