import ExcelJS from 'exceljs';
import { formatDateId, monthRange } from '@kinerja/core';
import type { Recap } from '@kinerja/core/api';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

const COUNT_HEADERS = ['Diajukan', 'Disetujui', 'Ditolak', 'Dikembalikan', 'Menunggu', 'Menit disetujui'];

function boldHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
}

/** NIPs are text: as numbers Excel would round their 18 digits. */
function nipCell(cell: ExcelJS.Cell): void {
  cell.numFmt = '@';
}

/**
 * The recap as a workbook: "Ringkasan" (per unit and the agency), "Pegawai" (approved minutes
 * against the month's target), "Atasan" (on-time validation). Counts and minutes are numbers and
 * rates are fractions formatted as percentages, so the sheets can be summed and sorted.
 */
export async function recapWorkbook(recap: Recap): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  wb.created = new Date();
  const { from, to } = monthRange(recap.month);
  const scope = recap.unit ? `${recap.agency.name} — ${recap.unit.name}` : recap.agency.name;

  const summary = wb.addWorksheet('Ringkasan');
  summary.addRow(['Rekap validasi kegiatan harian']).font = { bold: true, size: 14 };
  summary.addRow(['Instansi', scope]);
  summary.addRow(['Bulan', `${monthLabel(recap.month)} (${formatDateId(from)} – ${formatDateId(to)})`]);
  summary.addRow(['Hari kerja', recap.workingDays]);
  summary.addRow(['Target menit per pegawai', recap.targetMinutesPerEmployee]);
  summary.addRow([]);
  boldHeader(summary.addRow(['Unit', 'Jumlah pegawai', ...COUNT_HEADERS, 'Target menit', 'Capaian']));
  const percent = (approved: number, target: number) => (target > 0 ? approved / target : null);
  for (const u of recap.units) {
    const row = summary.addRow([`${'  '.repeat(u.depth)}${u.unitName}`, u.employees, u.submitted, u.approved, u.rejected, u.returned, u.pending, u.approvedMinutes, u.targetMinutes, percent(u.approvedMinutes, u.targetMinutes)]);
    row.getCell(10).numFmt = '0.0%';
  }
  const t = recap.totals;
  const total = summary.addRow([recap.unit ? 'Total unit' : 'Total instansi', t.employees, t.submitted, t.approved, t.rejected, t.returned, t.pending, t.approvedMinutes, t.targetMinutes, percent(t.approvedMinutes, t.targetMinutes)]);
  total.font = { bold: true };
  total.getCell(10).numFmt = '0.0%';
  summary.getColumn(1).width = 48;
  for (let c = 2; c <= 10; c++) summary.getColumn(c).width = 14;

  const staff = wb.addWorksheet('Pegawai');
  boldHeader(staff.addRow(['NIP', 'Nama', 'Jabatan', 'Unit', ...COUNT_HEADERS, 'Target menit', 'Capaian']));
  for (const e of recap.employees) {
    const row = staff.addRow([e.nip, e.name, e.positionName ?? '', e.unitName ?? '', e.submitted, e.approved, e.rejected, e.returned, e.pending, e.approvedMinutes, e.targetMinutes, e.achievement]);
    nipCell(row.getCell(1));
    row.getCell(12).numFmt = '0.0%';
  }
  [22, 32, 36, 36, 11, 11, 11, 13, 11, 15, 13, 11].forEach((w, i) => (staff.getColumn(i + 1).width = w));

  const bosses = wb.addWorksheet('Atasan');
  boldHeader(bosses.addRow(['NIP', 'Nama', 'Jabatan', 'Unit', 'Kegiatan masuk', 'Divalidasi tepat waktu', 'Terlambat', 'Belum jatuh tempo', 'Ketepatan validasi']));
  for (const s of recap.supervisors) {
    const row = bosses.addRow([s.supervisor.nip, s.supervisor.name, s.supervisor.positionName ?? '', s.supervisor.unitName ?? '', s.reached, s.onTime, s.late, s.pending, s.rate]);
    nipCell(row.getCell(1));
    row.getCell(9).numFmt = '0.0%';
  }
  [22, 32, 36, 36, 14, 14, 12, 14, 14].forEach((w, i) => (bosses.getColumn(i + 1).width = w));

  for (const sheet of [summary, staff, bosses]) sheet.views = [{ state: 'frozen', ySplit: sheet === summary ? 7 : 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
