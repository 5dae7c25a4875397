/**
 * One file for many employees (issue 16 item 10): the RHK sheet of the per-SKP template with a "NIP"
 * column in front, so an agency's pengelola kinerja loads the plans of many drafts at once. These are
 * the pure rules: which rows belong to which NIP, and the NIP cells that are wrong by their form alone.
 * Each NIP's rows are then read by `parseRhkRows` exactly as a file for that one SKP would be.
 */
import { normaliseNip } from '../org/nip.js';
import { columnLetter, type RhkImportColumnKey, type RhkImportProblem, type RhkImportRow } from './rhk-import.js';

export const RHK_BULK_NIP_HEADER = 'NIP';
export const RHK_BULK_NAME_HEADER = 'Nama Pegawai';

/** The many-employee template's columns after NIP and name: both forms' columns, each filled as the employee's form needs. */
export const RHK_BULK_COLUMNS: readonly RhkImportColumnKey[] = ['no', 'jenis', 'rhk', 'kodeAtasan', 'cascading', 'perspektif', 'penugasanDari', 'aspek', 'iki', 'target'];

export interface RhkBulkGroup {
  nip: string;
  /** The NIP cell of the employee's first row (where a problem of the employee is named). */
  row: number;
  cell: string;
  rows: RhkImportRow[];
}

const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The data rows (below `header`) grouped by the NIP they carry, in the order each NIP first appears.
 * A row with other cells filled but no NIP, or a NIP that is not 18 digits, is a problem; an empty row
 * is skipped. Null when the header has no NIP column (the caller says so as one problem).
 */
export function groupRowsByNip(header: RhkImportRow, rows: readonly RhkImportRow[]): { groups: RhkBulkGroup[]; problems: RhkImportProblem[] } | null {
  const at = header.cells.findIndex((c) => ['nip', 'nippegawai', 'nipnipppk', 'nipppk'].includes(key(c.text)));
  if (at < 0) return null;
  const letter = columnLetter(at + 1);
  const problems: RhkImportProblem[] = [];
  const byNip = new Map<string, RhkBulkGroup>();
  for (const r of rows) {
    const c = r.cells[at];
    const raw = (c?.text ?? '').trim();
    const filled = r.cells.some((x, i) => i !== at && (x.text.trim() !== '' || x.error));
    const cell = `${letter}${r.row}`;
    if (c?.error) {
      problems.push({ row: r.row, column: RHK_BULK_NIP_HEADER, cell, message: `Sel NIP berisi galat Excel (${c.error}); ketik NIP sebagai teks.` });
      continue;
    }
    if (raw === '') {
      if (filled) problems.push({ row: r.row, column: RHK_BULK_NIP_HEADER, cell, message: 'NIP wajib diisi pada setiap baris (NIP pegawai pemilik SKP).' });
      continue;
    }
    const nip = normaliseNip(raw);
    if (!/^\d{18}$/.test(nip)) {
      const asNumber = /e\+?\d+$/i.test(raw) || /^\d{15,17}$/.test(nip);
      problems.push({
        row: r.row,
        column: RHK_BULK_NIP_HEADER,
        cell,
        message: asNumber
          ? `NIP "${raw}" terbaca sebagai angka dan digitnya berubah; format kolom NIP sebagai teks, lalu ketik ulang NIP 18 angka.`
          : `NIP "${raw}" tidak valid: NIP terdiri dari 18 angka.`,
      });
      continue;
    }
    let g = byNip.get(nip);
    if (!g) {
      g = { nip, row: r.row, cell, rows: [] };
      byNip.set(nip, g);
    }
    g.rows.push(r);
  }
  return { groups: [...byNip.values()], problems };
}
