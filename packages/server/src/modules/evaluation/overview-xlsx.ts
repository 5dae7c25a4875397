import ExcelJS from 'exceljs';
import { CAPAIAN_ORGANISASI_LABEL, formatDateId, PREDIKAT_LABEL, PREDIKATS, RATING_LABEL, type CapaianOrganisasi, type Predikat, type Rating } from '@kinerja/core';
import type { EvaluationOverviewAnswer, TeamAnswer } from '@kinerja/core/api';
import { neutraliseFormula } from './siasn-export.js';

/** The states as the screens name them (Bahasa Indonesia). */
export const OVERVIEW_STATE_LABEL = { belum_dibuka: 'Belum dibuka', berjalan: 'Berjalan', final: 'Ditetapkan' } as const;

type Cell = string | number | null;

/** Every text cell through neutraliseFormula: a name or note typed as a formula must not run in the reader's spreadsheet. */
function addRow(ws: ExcelJS.Worksheet, cells: readonly Cell[]): ExcelJS.Row {
  return ws.addRow(cells.map((c) => neutraliseFormula(c)));
}

function header(ws: ExcelJS.Worksheet, cells: readonly string[]): void {
  const row = addRow(ws, cells);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
}

/** Title lines above a table: the title in bold, then label/value pairs. */
function heading(ws: ExcelJS.Worksheet, title: string, lines: readonly [string, Cell][]): number {
  addRow(ws, [title]).font = { bold: true, size: 14 };
  for (const [k, v] of lines) addRow(ws, [k, v]);
  ws.addRow([]);
  return lines.length + 2;
}

const periodText = (o: { label: string; periodFrom: string; periodTo: string }) => `${o.label} ${o.periodFrom.slice(0, 4)} (${formatDateId(o.periodFrom)} – ${formatDateId(o.periodTo)})`;

function unfinishedSheet(wb: ExcelJS.Workbook, rows: EvaluationOverviewAnswer['unfinished'], top: [string, [string, Cell][]] | null): void {
  const ws = wb.addWorksheet('Belum Ditetapkan');
  const above = top ? heading(ws, top[0], top[1]) : 0;
  header(ws, ['No', 'NIP', 'Nama', 'Jabatan', 'Unit', 'Pejabat penilai', 'Status evaluasi']);
  rows.forEach((u, i) => {
    addRow(ws, [i + 1, u.nip, u.name, u.positionName, u.unitName, u.penilaiName ?? '-', OVERVIEW_STATE_LABEL[u.status]]).getCell(2).numFmt = '@';
  });
  [6, 22, 32, 32, 36, 32, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: above + 1 }];
}

function headingLines(o: EvaluationOverviewAnswer): [string, Cell][] {
  return [
    ['Instansi', o.agency.name],
    ['Periode', periodText(o)],
    ...(o.deadline ? ([['Batas penetapan', formatDateId(o.deadline)]] as [string, Cell][]) : []),
  ];
}

/**
 * The overview as a workbook: "Ringkasan" (per unit, indented by depth: the unit's own evaluations
 * and those of the unit with everything under it, then the agency's total) and "Belum Ditetapkan"
 * (who has not finished, by name). Counts are numbers and NIPs text, so the sheets sum and sort.
 */
export async function overviewWorkbook(o: EvaluationOverviewAnswer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  const ws = wb.addWorksheet('Ringkasan');
  const above = heading(ws, 'Ringkasan evaluasi kinerja instansi', headingLines(o));
  header(ws, ['Unit', 'Jumlah evaluasi', 'Belum dibuka', 'Berjalan', 'Ditetapkan', 'Jumlah termasuk unit di bawahnya', 'Belum dibuka (termasuk di bawahnya)', 'Berjalan (termasuk di bawahnya)', 'Ditetapkan (termasuk di bawahnya)']);
  for (const u of o.units) {
    addRow(ws, [`${'  '.repeat(u.depth)}${u.name}`, u.counts.total, u.counts.belum_dibuka, u.counts.berjalan, u.counts.final, u.subtree.total, u.subtree.belum_dibuka, u.subtree.berjalan, u.subtree.final]);
  }
  addRow(ws, ['Total instansi', o.totals.total, o.totals.belum_dibuka, o.totals.berjalan, o.totals.final]).font = { bold: true };
  ws.getColumn(1).width = 48;
  for (let c = 2; c <= 9; c++) ws.getColumn(c).width = 14;
  ws.views = [{ state: 'frozen', ySplit: above + 1 }];
  unfinishedSheet(wb, o.unfinished, null);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The named list alone (all units, or one unit and everything under it), for chasing people before the deadline. */
export async function unfinishedWorkbook(o: EvaluationOverviewAnswer, unitName: string | null, rows: EvaluationOverviewAnswer['unfinished']): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  unfinishedSheet(wb, rows, ['Evaluasi kinerja yang belum ditetapkan', [...headingLines(o), ...(unitName ? ([['Unit', unitName]] as [string, Cell][]) : []), ['Jumlah', rows.length]]]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const STATUS_LABEL: Record<TeamAnswer['items'][number]['status'], string> = OVERVIEW_STATE_LABEL;

/**
 * The penilai's team view as a workbook: "Penilaian Tim" (everyone with their status, ratings and
 * predikat, live until finalised) and "Kurva" (the distribution of every organisation they count in,
 * with what breaks SE MenPANRB 3/2023's rules).
 */
export async function teamWorkbook(t: TeamAnswer, penilaiName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  const ws = wb.addWorksheet('Penilaian Tim');
  const above = heading(ws, 'Penilaian tim', [
    ['Pejabat penilai', penilaiName],
    ['Periode', periodText(t)],
  ]);
  header(ws, ['No', 'NIP', 'Nama', 'Jabatan', 'Status evaluasi', 'Rating hasil kerja', 'Rating perilaku kerja', 'Predikat', 'Memimpin organisasi']);
  t.items.forEach((i, n) => {
    addRow(ws, [
      n + 1,
      i.nip ?? '',
      i.name,
      i.positionName,
      STATUS_LABEL[i.status],
      i.ratingHasilKerja ? RATING_LABEL[i.ratingHasilKerja as Rating] : '',
      i.ratingPerilakuKerja ? RATING_LABEL[i.ratingPerilakuKerja as Rating] : '',
      i.predikat ? PREDIKAT_LABEL[i.predikat as Predikat] : '',
      i.leadsOrganisation ? 'Ya' : '',
    ]).getCell(2).numFmt = '@';
  });
  [6, 22, 32, 32, 14, 20, 20, 18, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: above + 1 }];

  const curve = wb.addWorksheet('Kurva');
  header(curve, ['Organisasi', 'Capaian organisasi', ...PREDIKATS.map((p) => PREDIKAT_LABEL[p]), 'Jumlah', 'Catatan kurva']);
  for (const c of t.curves) {
    addRow(curve, [
      c.unitName,
      c.capaian ? CAPAIAN_ORGANISASI_LABEL[c.capaian as CapaianOrganisasi] : 'Belum ditetapkan',
      ...PREDIKATS.map((p) => c.counts[p] ?? 0),
      c.total,
      c.breaches.map((b) => b.message).join('; '),
    ]);
  }
  [36, 18, 12, 12, 14, 16, 14, 10, 60].forEach((w, i) => (curve.getColumn(i + 1).width = w));
  curve.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
