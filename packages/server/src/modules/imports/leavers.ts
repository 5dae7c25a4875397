import { addDays } from '@kinerja/core';
import type { Db } from '../../db/query.js';
import { todayForAgency } from './checker.js';
import type { Existing } from './existing.js';
import { activeStaffOfAgencies, deactivateLeavers, disableLeaverAccounts } from './queries.js';
import type { Problem } from './types.js';
import type { Validated } from './validate.js';

/**
 * People who left (an import marked `disableMissing`: its Pegawai sheet is the full staff list of each
 * agency it names). Everyone active in such an agency whose NIP is nowhere in the file is a leaver:
 * their employee row goes inactive (kept as history), their open posts end the day before the import,
 * their account is turned off and its sessions end (auditor accounts are left alone: their scope is
 * not where the person works). A dry run lists them and changes nothing. A file that would turn off
 * more than a fifth of an agency's staff (and more than five people) is refused as probably cut short.
 * An agency the file does not name in its Pegawai sheet is never touched.
 */
export interface Leaver {
  agencyCode: string;
  nip: string;
  name: string;
  accountDisabled: boolean;
}

export interface LeaversPlan {
  problems: Problem[];
  leavers: Leaver[];
  byAgency: { agencyId: string; employeeIds: string[]; endsOn: string }[];
  accountIds: string[];
}

export const LEAVERS_LISTED = 1_000;

export function mayDisable(leavers: number, active: number): boolean {
  return leavers <= Math.max(5, Math.floor(active / 5));
}

export async function planLeavers(db: Db, validated: Validated, existing: Existing, now: Date): Promise<LeaversPlan> {
  const codes = [...new Set(validated.employees.map((r) => r.agencyCode))];
  const agencies = codes.map((c) => existing.agencyByCode.get(c)).filter((a): a is NonNullable<typeof a> => a !== undefined);
  const out: LeaversPlan = { problems: [], leavers: [], byAgency: [], accountIds: [] };
  if (!agencies.length) return out;
  const inFile = new Set(validated.employees.map((r) => r.nip.nip));
  const staff = await activeStaffOfAgencies(db, agencies.map((a) => a.id));
  for (const agency of agencies) {
    const mine = staff.filter((s) => s.agency_id === agency.id);
    const active = new Set(mine.map((s) => s.id)).size;
    const leaving = mine.filter((s) => !inFile.has(s.nip));
    const ids = [...new Set(leaving.map((s) => s.id))];
    if (!ids.length) continue;
    if (!mayDisable(ids.length, active)) {
      out.problems.push({
        sheet: 'Pegawai',
        row: 0,
        column: 'nip',
        message: `Berkas ini akan menonaktifkan ${ids.length} dari ${active} pegawai aktif ${agency.code} karena tidak tercantum; batasnya seperlima. Periksa apakah lembar Pegawai lengkap, atau impor tanpa pilihan "nonaktifkan yang tidak tercantum".`,
      });
      continue;
    }
    out.byAgency.push({ agencyId: agency.id, employeeIds: ids, endsOn: addDays(todayForAgency(existing, agency.code, now), -1) });
    for (const s of leaving) {
      const disable = s.account_id !== null && s.account_active === true && s.account_role !== 'auditor';
      if (disable) out.accountIds.push(s.account_id!);
      out.leavers.push({ agencyCode: agency.code, nip: s.nip, name: s.name, accountDisabled: disable });
    }
  }
  return out;
}

export async function writeLeavers(db: Db, plan: LeaversPlan, now: Date): Promise<number> {
  for (const a of plan.byAgency) await deactivateLeavers(db, a.agencyId, a.employeeIds, a.endsOn, now);
  return plan.accountIds.length ? disableLeaverAccounts(db, [...new Set(plan.accountIds)], now) : 0;
}
