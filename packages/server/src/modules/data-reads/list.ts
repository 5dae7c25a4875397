import { addDays, type Principal } from '@kinerja/core';
import type { DataRead, DataReadsAnswer } from '@kinerja/core/api';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { agencyToday, displayName } from '../org/index.js';
import { employeeNames, readerAccounts, readsOf } from './queries.js';

const LIMIT = 500;
/** The default window: what a person asks about is mostly the last months. */
const DEFAULT_DAYS = 90;
const MAX_DAYS = 366;

/** The reads of my own data by others, newest first. */
export async function myDataReads(ctx: AppContext, p: Principal, from?: string, to?: string): Promise<DataReadsAnswer> {
  if (!p.agencyId || !p.employeeId) throw new AppError('NOT_FOUND', 'Akun ini tidak terhubung dengan data pegawai.');
  const { today } = await agencyToday(ctx, p.agencyId);
  const end = to ?? today;
  const start = from ?? addDays(end, -DEFAULT_DAYS + 1);
  if (start > end) throw new AppError('VALIDATION', 'Tanggal awal harus sebelum tanggal akhir.', [{ field: 'from', message: 'Tanggal awal harus sebelum tanggal akhir.' }]);
  if (addDays(start, MAX_DAYS) <= end) throw new AppError('VALIDATION', 'Rentang paling panjang satu tahun.', [{ field: 'from', message: 'Rentang paling panjang satu tahun.' }]);

  const rows = await readsAbout(ctx, p.agencyId, p.employeeId, start, end, LIMIT + 1);
  return { from: start, to: end, reads: rows.slice(0, LIMIT), truncated: rows.length > LIMIT };
}

/** The reads of one person's data by others between two dates, newest first, with the readers' names. */
export async function readsAbout(ctx: AppContext, agencyId: string, employeeId: string, from: string, to: string, limit: number): Promise<DataRead[]> {
  const shown = await readsOf(ctx.db, agencyId, employeeId, from, to, limit);
  const accounts = new Map((await readerAccounts(ctx.db, [...new Set(shown.map((r) => r.reader_account_id))])).map((a) => [a.id, a]));
  const byAgency = new Map<string, Set<string>>();
  for (const r of shown) if (r.reader_agency_id && r.reader_employee_id) byAgency.set(r.reader_agency_id, (byAgency.get(r.reader_agency_id) ?? new Set()).add(r.reader_employee_id));
  const names = new Map<string, string>();
  for (const [readerAgency, ids] of byAgency) for (const e of await employeeNames(ctx.db, readerAgency, [...ids])) names.set(`${readerAgency}|${e.id}`, displayName(e));

  return shown.map((r) => {
    const account = accounts.get(r.reader_account_id);
    const name = (r.reader_agency_id && r.reader_employee_id && names.get(`${r.reader_agency_id}|${r.reader_employee_id}`)) || account?.display_name || account?.nip || 'Akun yang sudah dihapus';
    return {
      date: String(r.read_on).slice(0, 10),
      firstAt: new Date(r.first_at).toISOString(),
      kind: r.kind,
      reader: { nip: account?.nip ?? null, name, role: r.reader_role as DataRead['reader']['role'] },
    };
  });
}
