import { stripInvisibleCharacters } from '@kinerja/core';
import { COLUMNS, detectSheetKind, knownColumns, NIP_COLUMNS, normaliseHeader } from './columns.js';
import type { Problem, Sheet, SheetName, SheetRow, Table } from './types.js';

/** Title rows above the header ("DAFTAR PEGAWAI DINAS …") are common in exports; look this far down. */
const HEADER_SEARCH_ROWS = 10;

export type TableResult = { sheet: Sheet; problems: Problem[] } | { sheet: undefined; problems: Problem[] };

function headerRowOf(table: Table, expected: SheetName | undefined) {
  for (const r of table.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const headers = r.cells.map((c) => normaliseHeader(c.text));
    const kind = expected ?? detectSheetKind(headers);
    if (!kind) continue;
    const required = COLUMNS[kind].required;
    const present = required.filter((c) => headers.includes(c)).length;
    // Two required names are enough to know it is the header; the rest are reported as missing.
    if (present >= Math.min(2, required.length)) return { index: table.rows.indexOf(r), row: r.row, headers, kind };
  }
  return undefined;
}

/**
 * Turns a raw table into a sheet of named columns: finds the header row, maps known columns,
 * reports missing and repeated ones, drops empty rows and flags cells that lost their meaning in
 * Excel (numbers in NIP columns, formula errors) so validation does not report them twice.
 */
export function readSheet(table: Table, expected?: SheetName): TableResult {
  const header = headerRowOf(table, expected);
  if (!header) {
    // An empty Unit/Jabatan/Pegawai sheet simply has nothing to import.
    if (!expected || table.rows.length === 0) return { sheet: undefined, problems: [] };
    const list = COLUMNS[expected].required.join(', ');
    return {
      sheet: undefined,
      problems: [{ sheet: expected, row: 1, column: '', message: `Baris judul tidak ditemukan; baris pertama harus berisi nama kolom: ${list}.` }],
    };
  }
  const { kind, headers } = header;
  const problems: Problem[] = [];
  const known = knownColumns(kind);
  const indexOf = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!known.has(h)) return;
    if (indexOf.has(h)) {
      problems.push({ sheet: kind, row: header.row, column: h, message: `Kolom '${h}' muncul lebih dari sekali di baris judul.` });
      return;
    }
    indexOf.set(h, i);
  });
  const missing = COLUMNS[kind].required.filter((c) => !indexOf.has(c));
  for (const c of missing) problems.push({ sheet: kind, row: header.row, column: c, message: `Kolom '${c}' tidak ada di baris judul.` });
  // Without a required column every row would repeat "wajib diisi"; the header problem says it once.
  if (missing.length) return { sheet: undefined, problems };

  const rows: SheetRow[] = [];
  for (const r of table.rows.slice(header.index + 1)) {
    const values: Record<string, string> = {};
    const reported = new Set<string>();
    let empty = true;
    for (const [column, i] of indexOf) {
      const cell = r.cells[i];
      const text = stripInvisibleCharacters(cell?.text ?? '').trim();
      values[column] = text;
      if (text !== '' || cell?.error) empty = false;
      if (cell?.error) {
        reported.add(column);
        problems.push({ sheet: kind, row: r.row, column, message: `Sel berisi galat rumus (${cell.error}); isi dengan nilai biasa.` });
      } else if (cell?.numeric && NIP_COLUMNS.has(column)) {
        reported.add(column);
        problems.push({
          sheet: kind,
          row: r.row,
          column,
          message: `NIP tersimpan sebagai angka sehingga Excel mengubah digit terakhirnya; format kolom ${column} sebagai Teks lalu ketik ulang NIP.`,
        });
      }
    }
    if (!empty) rows.push({ row: r.row, values, reported });
  }
  return { sheet: { kind, columns: new Set(indexOf.keys()), rows }, problems };
}
