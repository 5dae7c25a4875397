import ExcelJS from 'exceljs';
import type { Cell, Table } from './types.js';
import { guardXlsx, XlsxRefused } from './xlsx-guard.js';

type Value = ExcelJS.CellValue | undefined;

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join('');
}

function isoDate(d: Date): string {
  // exceljs turns Excel's day serials into UTC midnights.
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** Every kind of cell value exceljs can hand back, as the text the user sees. */
export function cellOf(v: Value): Cell {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v };
  // String() writes integers below 1e21 without exponent, as the digits Excel shows.
  if (typeof v === 'number') return { text: String(v), numeric: true };
  if (typeof v === 'boolean') return { text: v ? 'ya' : 'tidak' };
  if (v instanceof Date) return { text: isoDate(v) };
  if ('error' in v) return { text: '', error: String(v.error) };
  if ('richText' in v) return { text: richText(v) };
  if ('formula' in v || 'sharedFormula' in v) return cellOf((v as { result?: Value }).result);
  if ('hyperlink' in v) {
    const t = (v as { text: unknown }).text;
    if (typeof t === 'string') return { text: t };
    if (t && typeof t === 'object' && 'richText' in t) return { text: richText(t as { richText: { text: string }[] }) };
    return { text: '' };
  }
  return { text: '' };
}

export class XlsxReadError extends Error {}

/** All worksheets as tables, keeping the real spreadsheet row numbers (empty rows are skipped by exceljs). */
export async function readXlsx(buf: Buffer): Promise<Table[]> {
  try {
    await guardXlsx(buf);
  } catch (e) {
    if (e instanceof XlsxRefused) throw new XlsxReadError(e.message);
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new XlsxReadError('Berkas XLSX rusak atau tidak dapat dibaca. Buka di Excel lalu simpan ulang sebagai .xlsx.');
  }
  const tables: Table[] = [];
  wb.eachSheet((ws) => {
    const rows: Table['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as Value[];
      const cells: Cell[] = [];
      // exceljs row values are 1-based.
      for (let i = 1; i < values.length; i++) cells.push(cellOf(values[i]));
      rows.push({ row: rowNumber, cells });
    });
    tables.push({ name: ws.name, rows });
  });
  return tables;
}
