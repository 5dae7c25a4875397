import { POSITION_KINDS, stripInvisibleCharacters } from '@kinerja/core';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** One problem in a dictionary file: spreadsheet row (header = 1), column, reason in Bahasa Indonesia. */
export interface DictionaryProblem {
  row: number;
  column: string;
  message: string;
}

export interface DictionaryItem {
  code: string;
  name: string;
  unit: string;
  standardMinutes: number;
  positionKinds: string[];
  agencyCodes: string[];
  group: string;
  active: boolean;
}

const REQUIRED = ['kode', 'nama', 'satuan', 'menit_standar'] as const;
const KNOWN = [...REQUIRED, 'jenis_jabatan', 'kelompok', 'opd', 'aktif'] as const;
const CODE = /^[A-Z0-9][A-Z0-9._-]{0,39}$/;
const YES = new Set(['', 'ya', 'y', 'yes', 'true', '1', 'aktif']);
const NO = new Set(['tidak', 't', 'no', 'false', '0', 'nonaktif']);

/** Reads the first sheet of an XLSX, or a CSV with `;` or `,`, into header-keyed rows. */
export async function readDictionaryTable(bytes: Buffer, format: 'csv' | 'xlsx'): Promise<string[][]> {
  if (format === 'csv') {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    const rows = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
    return rows.map((r) => r.map(visibleText));
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => visibleText(cellText(v)));
    rows.push(values);
  });
  return rows;
}

/** Names typed in a spreadsheet are shown to every employee: no bidi or invisible characters (core/text). */
function visibleText(text: string): string {
  return stripInvisibleCharacters(text, { multiline: false }).trim();
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: string };
    if (o.richText) return o.richText.map((t) => t.text).join('').trim();
    if (o.result !== undefined) return String(o.result).trim();
    if (o.text !== undefined) return String(o.text).trim();
  }
  return String(v).trim();
}

/** Validates every row, collecting every problem (a dry run lists them all). */
export function validateDictionary(table: string[][], knownAgencyCodes: ReadonlySet<string>): { items: DictionaryItem[]; problems: DictionaryProblem[] } {
  const problems: DictionaryProblem[] = [];
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) {
    return { items: [], problems: [{ row: 1, column: missing.join(', '), message: `Kolom wajib tidak ada: ${missing.join(', ')}. Kolom yang dikenal: ${KNOWN.join(', ')}.` }] };
  }
  const col = (name: string) => header.indexOf(name);
  const items: DictionaryItem[] = [];
  const firstRowOfCode = new Map<string, number>();
  for (let i = 1; i < table.length; i++) {
    const r = table[i]!;
    const rowNo = i + 1;
    const get = (name: string) => (col(name) >= 0 ? (r[col(name)] ?? '').trim() : '');
    if (r.every((c) => !c?.trim())) continue;
    const problem = (column: string, message: string) => problems.push({ row: rowNo, column, message });
    const code = get('kode').toUpperCase();
    if (!CODE.test(code)) problem('kode', 'Kode harus 1–40 huruf besar/angka (boleh . _ -), mis. ADM-0001.');
    else if (firstRowOfCode.has(code)) problem('kode', `Kode ${code} muncul dua kali (baris ${firstRowOfCode.get(code)} dan ${rowNo}).`);
    else firstRowOfCode.set(code, rowNo);
    const name = get('nama');
    if (name.length < 3 || name.length > 300) problem('nama', 'Nama kegiatan harus 3–300 karakter.');
    const unit = get('satuan');
    if (unit.length < 1 || unit.length > 50) problem('satuan', 'Satuan hasil wajib diisi (maks. 50 karakter), mis. Dokumen, Surat, Pasien.');
    const minutesText = get('menit_standar');
    const minutes = Number(minutesText.replace(',', '.'));
    if (!/^\d+([.,]\d+)?$/.test(minutesText) || !Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
      problem('menit_standar', 'Menit standar harus bilangan bulat 1–1440.');
    }
    const kinds = get('jenis_jabatan').split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
    const badKind = kinds.find((k) => !(POSITION_KINDS as readonly string[]).includes(k));
    if (badKind) problem('jenis_jabatan', `Jenis jabatan '${badKind}' tidak dikenal; gunakan: ${POSITION_KINDS.join(', ')}.`);
    const agencies = get('opd').split(',').map((k) => k.trim().toUpperCase()).filter(Boolean);
    const badAgency = agencies.find((a) => !knownAgencyCodes.has(a));
    if (badAgency) problem('opd', `Kode OPD '${badAgency}' tidak dikenal.`);
    const activeText = get('aktif').toLowerCase();
    if (!YES.has(activeText) && !NO.has(activeText)) problem('aktif', "Kolom aktif harus 'ya' atau 'tidak'.");
    items.push({ code, name, unit, standardMinutes: minutes, positionKinds: kinds, agencyCodes: agencies, group: get('kelompok'), active: !NO.has(activeText) });
  }
  if (items.length === 0 && problems.length === 0) problems.push({ row: 1, column: '', message: 'Berkas tidak berisi satu pun kegiatan.' });
  return { items, problems };
}
