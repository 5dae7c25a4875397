import ExcelJS from 'exceljs';
import { accountText, bulanTahun, type NominatifAgency, type NominatifAmounts, type NominatifModel } from './model.js';

const RUPIAH = '#,##0';

function boldHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
}

/** The money columns in order: pagu, potongan, one per component, bruto, PPh 21, BPJS, neto, dibayar, BPJS pemda. */
export function amountHeaders(m: NominatifModel): string[] {
  return ['Pagu TPP', 'Potongan', ...m.components.map((c) => `Bruto ${c.name}`), 'Jumlah bruto', 'PPh 21', 'BPJS 1 % (pegawai)', 'Jumlah neto', 'Dibayarkan', 'BPJS 4 % (pemda)'];
}

export function amountCells(a: NominatifAmounts): number[] {
  return [a.pagu, a.deductions, ...a.components, a.gross, a.pph21, a.bpjsEmployee, a.net, a.payable, a.bpjsEmployer];
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 28) || 'OPD';
  let s = base;
  for (let i = 2; used.has(s.toLowerCase()); i++) s = `${base.slice(0, 27 - String(i).length)} (${i})`;
  used.add(s.toLowerCase());
  return s;
}

function agencySheet(wb: ExcelJS.Workbook, m: NominatifModel, a: NominatifAgency, name: string): void {
  const ws = wb.addWorksheet(name);
  ws.addRow([`DAFTAR NOMINATIF TAMBAHAN PENGHASILAN PEGAWAI (TPP) BULAN ${bulanTahun(m.month).toUpperCase()}`]).font = { bold: true, size: 13 };
  ws.addRow(['Instansi', a.agencyName]);
  ws.addRow(['Status', m.status === 'locked' ? 'Terkunci (final)' : 'DRAF: belum dikunci, bukan dasar pembayaran']);
  ws.addRow([]);
  const head = ['No', 'NIP', 'Nama', 'Gol.', 'Kelas jabatan', 'Jabatan', ...amountHeaders(m), 'Rekening', 'Tarif PPh 21', 'Keterangan'];
  boldHeader(ws.addRow(head));
  const first = 7;
  for (const r of a.rows) {
    const row = ws.addRow([r.no, r.person.nip ?? '-', r.person.name, r.person.golongan ?? '-', r.person.kelas ?? '-', r.person.positionName ?? '', ...amountCells(r), accountText(r.person), r.pph21Rate, r.note]);
    row.getCell(2).numFmt = '@';
  }
  const total = ws.addRow(['', '', `Jumlah ${a.agencyName}`, '', '', '', ...amountCells(a.total), '', '', `${a.counts.employees} pegawai`]);
  total.font = { bold: true };
  const moneyCols = amountHeaders(m).length;
  for (let c = first; c < first + moneyCols; c++) {
    ws.getColumn(c).numFmt = RUPIAH;
    ws.getColumn(c).width = 15;
  }
  [5, 22, 30, 7, 8, 28].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(first + moneyCols).width = 26;
  ws.getColumn(first + moneyCols + 1).width = 16;
  ws.getColumn(first + moneyCols + 2).width = 28;
  ws.views = [{ state: 'frozen', ySplit: 5, xSplit: 3 }];
  ws.addRow([]);
  const sign = (label: string, p: NominatifAgency['pa']) => [label, p?.name ?? '', p?.nip ? `NIP. ${p.nip}` : ''];
  ws.addRow(sign('Pengguna Anggaran / Kuasa Pengguna Anggaran', a.pa)).getCell(1).font = { bold: true };
  ws.addRow(sign('Bendahara Pengeluaran', a.bendahara)).getCell(1).font = { bold: true };
}

/**
 * The nominatif as a workbook: a "Rekapitulasi" sheet (one row per OPD and the total) and one
 * sheet per OPD with its people. Amounts are numbers and NIPs text, so the sheets can be summed.
 */
export async function nominatifWorkbook(m: NominatifModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  wb.created = new Date();
  const used = new Set<string>();

  const recap = wb.addWorksheet(sheetName('Rekapitulasi', used));
  recap.addRow([`REKAPITULASI TPP BULAN ${bulanTahun(m.month).toUpperCase()}${m.regionName ? ` ${m.regionName.toUpperCase()}` : ''}`]).font = { bold: true, size: 13 };
  recap.addRow(['Status', m.status === 'locked' ? 'Terkunci (final)' : 'DRAF: belum dikunci, bukan dasar pembayaran']);
  recap.addRow([]);
  boldHeader(recap.addRow(['No', 'Instansi', 'Pegawai', 'Ditunda', 'Non-TPP', ...amountHeaders(m)]));
  m.agencies.forEach((a, i) => recap.addRow([i + 1, a.agencyName, a.counts.employees, a.counts.held, a.counts.nonTpp, ...amountCells(a.total)]));
  recap.addRow(['', m.regionName ? `Jumlah ${m.regionName}` : 'Jumlah', m.counts.employees, m.counts.held, m.counts.nonTpp, ...amountCells(m.total)]).font = { bold: true };
  [5, 40, 10, 10, 10].forEach((w, i) => (recap.getColumn(i + 1).width = w));
  for (let c = 6; c < 6 + amountHeaders(m).length; c++) {
    recap.getColumn(c).numFmt = RUPIAH;
    recap.getColumn(c).width = 16;
  }
  recap.views = [{ state: 'frozen', ySplit: 4 }];

  for (const a of m.agencies) agencySheet(wb, m, a, sheetName(a.agencyName, used));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
