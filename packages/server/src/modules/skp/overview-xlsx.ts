import ExcelJS from 'exceljs';
import { SKP_STATUS_LABEL, formatDateId, neutraliseFormula } from '@kinerja/core';
import type { SkpOverviewAnswer, SkpOverviewState } from '@kinerja/core/api';

export const OVERVIEW_STATE_LABEL: Record<SkpOverviewState, string> = {
  belum: 'Belum dibuat',
  draft: 'Draf',
  diajukan: 'Diajukan',
  dikembalikan: 'Dikembalikan',
  disetujui: 'Disetujui',
};

function boldHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
}

/**
 * The overview as a workbook: "Ringkasan" (per unit, indented by depth, with the agency's total) and
 * "Terhambat" (who waits for their penilai's SKP) and "Belum Disetujui" (whom to remind: everyone
 * whose SKP is not approved, by unit, with their penilai). Counts are numbers and NIPs text, so the sheets
 * can be summed and sorted; typed text (names, units) is neutralised so it cannot run as a formula.
 */
export async function overviewWorkbook(o: SkpOverviewAnswer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  wb.created = new Date();

  const summary = wb.addWorksheet('Ringkasan');
  summary.addRow(['Ringkasan SKP instansi']).font = { bold: true, size: 14 };
  summary.addRow(['Instansi', neutraliseFormula(o.agency.name)]);
  summary.addRow(['Tahun', o.year]);
  summary.addRow(['Susunan organisasi per', formatDateId(o.asOf)]);
  summary.addRow([]);
  const states = Object.keys(OVERVIEW_STATE_LABEL) as SkpOverviewState[];
  boldHeader(summary.addRow(['Unit', 'Jumlah pegawai', ...states.map((s) => OVERVIEW_STATE_LABEL[s])]));
  for (const u of o.units) summary.addRow([neutraliseFormula(`${'  '.repeat(u.depth)}${u.name}`), u.counts.employees, ...states.map((s) => u.counts[s])]);
  summary.addRow(['Total instansi', o.totals.employees, ...states.map((s) => o.totals[s])]).font = { bold: true };
  summary.getColumn(1).width = 48;
  for (let c = 2; c <= 7; c++) summary.getColumn(c).width = 14;

  const blocked = wb.addWorksheet('Terhambat');
  boldHeader(blocked.addRow(['NIP', 'Nama', 'Unit', 'Status SKP', 'Pejabat penilai', 'Status SKP pejabat penilai']));
  for (const b of o.blocked) {
    const row = blocked.addRow([b.nip, neutraliseFormula(b.name), neutraliseFormula(b.unitName), OVERVIEW_STATE_LABEL[b.state], neutraliseFormula(b.penilaiName), b.penilaiSkpStatus ? SKP_STATUS_LABEL[b.penilaiSkpStatus] : 'Belum dibuat']);
    row.getCell(1).numFmt = '@';
  }
  [22, 32, 36, 16, 32, 22].forEach((w, i) => (blocked.getColumn(i + 1).width = w));

  const remind = wb.addWorksheet('Belum Disetujui');
  boldHeader(remind.addRow(['Unit', 'NIP', 'Nama', 'Status SKP', 'Pejabat penilai', 'NIP pejabat penilai']));
  for (const r of o.reminders) {
    const row = remind.addRow([neutraliseFormula(r.unitName), r.nip, neutraliseFormula(r.name), OVERVIEW_STATE_LABEL[r.state], neutraliseFormula(r.penilaiName ?? '-'), r.penilaiNip ?? '']);
    row.getCell(2).numFmt = '@';
    row.getCell(6).numFmt = '@';
  }
  [36, 22, 32, 16, 32, 22].forEach((w, i) => (remind.getColumn(i + 1).width = w));

  summary.views = [{ state: 'frozen', ySplit: 6 }];
  blocked.views = [{ state: 'frozen', ySplit: 1 }];
  remind.views = [{ state: 'frozen', ySplit: 1 }];
  remind.autoFilter = { from: 'A1', to: 'F1' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
