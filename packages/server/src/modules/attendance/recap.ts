/**
 * The monthly recap per unit (issue 18 item 8): every employee of the unit and the units below it
 * (or the whole agency) with the month's counts, as JSON and as XLSX with the same numbers.
 */
import { monthRange, type Principal, compareText } from '@kinerja/core';
import type { AttendanceRecapAnswer } from '@kinerja/core/api';
import ExcelJS from 'exceljs';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { requireAccess } from '../access/index.js';
import { findTodayChart } from '../org/index.js';
import { monthSummary } from './day-view.js';
import { judgeRange } from './judge.js';
import { agencyAndUnits } from './queries/recap.js';

export async function attendanceRecap(ctx: AppContext, p: Principal, agencyId: string, month: string, unitId?: string): Promise<AttendanceRecapAnswer & { agencyCode: string }> {
  await requireAccess(ctx, p, 'agency.read', { agencyId });
  const [found, names] = await Promise.all([findTodayChart(ctx, agencyId), agencyAndUnits(ctx.db, agencyId)]);
  if (!found || !names.agency) throw new AppError('NOT_FOUND', 'Instansi tidak ditemukan.');
  const unitName = new Map(names.units.map((u) => [u.id, u.name]));
  if (unitId && !unitName.has(unitId)) throw new AppError('NOT_FOUND', 'Unit kerja tidak ditemukan di instansi ini.');
  const range = monthRange(month);
  if (range.from > found.today) throw new AppError('VALIDATION', 'Bulan ini belum dimulai.', [{ field: 'month', message: 'Bulan ini belum dimulai.' }]);
  const to = range.to < found.today ? range.to : found.today;
  const judged = await judgeRange(ctx, agencyId, range.from, to, { asOfMs: ctx.now().getTime() });
  const rows = judged.staff
    .filter((s) => !unitId || s.unitPath.includes(unitId))
    .map((s) => ({ employee: { id: s.id, nip: s.nip, name: s.name }, unitName: s.unitId ? (unitName.get(s.unitId) ?? null) : null, summary: monthSummary(s.id, month, judged.days.get(s.id)!, judged.setup.rules) }))
    .sort((a, b) => compareText(a.unitName ?? '', b.unitName ?? '') || compareText(a.employee.name, b.employee.name));
  return {
    month,
    agencyName: names.agency.name,
    agencyCode: names.agency.code,
    unit: unitId ? { id: unitId, name: unitName.get(unitId)! } : null,
    rules: { id: judged.setup.rules.id, name: judged.setup.rules.name },
    rows,
  };
}

export const RECAP_COLUMNS: readonly [string, (s: AttendanceRecapAnswer['rows'][number]['summary']) => number][] = [
  ['Hari kerja', (s) => s.scheduledDays],
  ['Hadir', (s) => s.present],
  ['Tepat waktu', (s) => s.onTime],
  ['TL1', (s) => s.late.TL1],
  ['TL2', (s) => s.late.TL2],
  ['TL3', (s) => s.late.TL3],
  ['TL4', (s) => s.late.TL4],
  ['PSW1', (s) => s.early.PSW1],
  ['PSW2', (s) => s.early.PSW2],
  ['PSW3', (s) => s.early.PSW3],
  ['PSW4', (s) => s.early.PSW4],
  ['TK', (s) => s.tk],
  ['Cuti/izin (dihitung hadir)', (s) => s.leavePresent],
  ['Cuti/izin (sah)', (s) => s.leaveExcused],
  ['Cuti di luar TPP', (s) => s.leaveNonTpp],
  ['Menit terlambat', (s) => s.minutesLate],
  ['Menit pulang cepat', (s) => s.minutesEarly],
  ['Potongan (%)', (s) => s.deductionPercent],
];

/** The recap as a workbook: one sheet, one row per employee, numbers as numbers and NIPs as text. */
export async function recapWorkbook(r: AttendanceRecapAnswer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  wb.created = new Date();
  const ws = wb.addWorksheet('Rekap kehadiran');
  ws.addRow(['Rekap kehadiran bulanan']).font = { bold: true, size: 14 };
  ws.addRow(['Instansi', r.agencyName]);
  ws.addRow(['Unit kerja', r.unit?.name ?? 'Seluruh instansi']);
  ws.addRow(['Bulan', r.month]);
  ws.addRow(['Tabel potongan', r.rules.name]);
  ws.addRow([]);
  const header = ws.addRow(['NIP', 'Nama', 'Unit kerja', ...RECAP_COLUMNS.map(([h]) => h)]);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const row of r.rows) {
    const added = ws.addRow([row.employee.nip, row.employee.name, row.unitName ?? '', ...RECAP_COLUMNS.map(([, f]) => f(row.summary))]);
    added.getCell(1).numFmt = '@';
  }
  [22, 32, 32].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (let c = 4; c <= 3 + RECAP_COLUMNS.length; c++) ws.getColumn(c).width = 11;
  ws.views = [{ state: 'frozen', ySplit: 7, xSplit: 2 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
