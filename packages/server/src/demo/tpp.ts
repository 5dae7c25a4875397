/**
 * The demo province's TPP (issue 19): the Kalbar-like rule set, payroll attributes for every
 * employee, last month computed, checked and locked at every OPD (so the province view, the
 * what-if and the nominatif have a whole province to show), and this month as a draft at Dinas
 * Kesehatan and the BKD (where the demo sign-ins work), all through the TPP module's own steps, in
 * the BKD admin's name. The other OPD's month still running is left for "Hitung semua OPD"
 * (POST /tpp/months/{month}/runs).
 */
import { addDays, localDateOf, SHIPPED_TPP_RULE_SETS, type Principal } from '@kinerja/core';
import type { Kysely } from 'kysely';
import { loadConfig } from '../config.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/schema.js';
import { OrgChartCache } from '../modules/org/chart-cache.js';
import { createOrRedoRun, importRuleSet, insertPayrollRows, moveRun, type PayrollValues } from '../modules/tpp/index.js';
import { PROVINCE_TIME_ZONE } from './agencies.js';
import { demoAgencies, demoBkdAccount, demoPayrollPeople } from './queries/tpp.js';

/** Gaji pokok by golongan (an example table in the PP 5/2024 range), used as the base BPJS is already paid on. */
const SALARY: Record<string, number> = { I: 2_100_000, II: 2_800_000, III: 3_600_000, IV: 4_500_000 };
const PPPK_SALARY = 3_200_000;
/** The OPD of the demo sign-ins: their month still running is a draft (last month is locked everywhere, or only here when asked). */
const DRAFT_AGENCIES = ['DINKES', 'BKD'];

/** A deterministic digit from a NIP. */
const digit = (nip: string, i: number) => Number(nip[nip.length - 1 - i] ?? '0');

/**
 * Payroll attributes from what the plan already holds: golongan = the rank, CPNS when the NIP's TMT
 * (digits 9–14) is less than a year before today, a salary by golongan, a Bank Kalbar account made
 * from the NIP; every 40th person with a variabel objektif.
 */
export function demoPayroll(p: { agency_id: string; id: string; nip: string; kind: 'pns' | 'pppk'; rank_code: string | null; name: string }, today: string, at: Date): PayrollValues {
  const tmt = `${p.nip.slice(8, 12)}-${p.nip.slice(12, 14)}-01`;
  const cpns = p.kind === 'pns' && tmt > addDays(today, -365);
  const group = /^(IV|III|II|I)\//.exec(p.rank_code ?? '')?.[1];
  const salary = p.kind === 'pppk' ? PPPK_SALARY : (SALARY[group ?? 'III'] ?? SALARY.III!) + digit(p.nip, 1) * 25_000;
  return {
    agencyId: p.agency_id,
    employeeId: p.id,
    golongan: p.rank_code ?? (p.kind === 'pppk' ? 'IX' : 'III/a'),
    cpns,
    kelasOverride: null,
    salary: cpns ? Math.round((salary * 0.8) / 100) * 100 : salary,
    bankAccount: { bank: 'Bank Kalbar', number: `10${p.nip.slice(-10)}`, holder: p.name },
    objective: digit(p.nip, 2) === 7 && digit(p.nip, 3) % 4 === 0 ? { percent: 5, reason: 'Beban kerja tambahan sebagai pengelola barang (contoh)' } : null,
    partScores: {},
    accountId: null,
    at,
  };
}

export async function writeDemoTpp(db: Kysely<Database>, progress: (line: string) => void = () => undefined, locked: 'province' | 'sign-in-agencies' = 'province'): Promise<{ employees: number; locked: number; drafts: number }> {
  const ctx: AppContext = { db, dbKind: 'postgres', config: loadConfig({}), charts: new OrgChartCache(db), now: () => new Date() };
  const bkd = await demoBkdAccount(db);
  if (!bkd) return { employees: 0, locked: 0, drafts: 0 };
  const p: Principal = { accountId: bkd.id, role: 'bkd_admin', agencyId: bkd.agency_id, employeeId: bkd.employee_id };
  await importRuleSet(ctx, p, SHIPPED_TPP_RULE_SETS['kalbar-default'], 'Aturan contoh pola Kalbar (provinsi demo)');
  const at = ctx.now();
  const today = localDateOf(at, PROVINCE_TIME_ZONE);
  const people = await demoPayrollPeople(db);
  for (let i = 0; i < people.length; i += 1000) await insertPayrollRows(db, people.slice(i, i + 1000).map((e) => demoPayroll(e, today, at)));
  const thisMonth = today.slice(0, 7);
  const lastMonth = addDays(`${thisMonth}-01`, -1).slice(0, 7);
  let lockedAt = 0;
  let drafts = 0;
  const started = performance.now();
  const agencies = await demoAgencies(db);
  for (const agency of locked === 'province' ? agencies : agencies.filter((a) => DRAFT_AGENCIES.includes(a.code))) {
    const previous = await createOrRedoRun(ctx, p, agency.id, lastMonth);
    await moveRun(ctx, p, agency.id, previous, 'check', { note: 'Diperiksa (provinsi demo)' });
    await moveRun(ctx, p, agency.id, previous, 'lock', { note: 'Dikunci (provinsi demo)', acceptNotFinal: true });
    lockedAt++;
    if (!DRAFT_AGENCIES.includes(agency.code)) continue;
    await createOrRedoRun(ctx, p, agency.id, thisMonth);
    drafts++;
  }
  progress(`TPP: ${people.length} pegawai dengan data penggajian; ${lastMonth} dikunci di ${lockedAt} OPD, ${thisMonth} draf di ${drafts} OPD (${Math.round(performance.now() - started)} ms).`);
  return { employees: people.length, locked: lockedAt, drafts };
}
