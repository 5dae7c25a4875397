import { parse } from 'csv-parse/sync';
import type { Table } from './types.js';

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Excel in an Indonesian locale writes ";" because "," is the decimal separator; some tools write
 * tabs. The header line decides: it holds no numbers, only column names and delimiters.
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) count++;
    }
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

export class CsvReadError extends Error {
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
  }
}

/** Reads UTF-8 CSV text into a table; row numbers count records, as a spreadsheet shows them. */
export function readCsv(buf: Buffer, name: string): Table {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      // Kept so that record numbers stay equal to spreadsheet row numbers; empty rows are dropped later.
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    const err = e as { code?: string; lines?: number };
    const where = typeof err.lines === 'number' ? err.lines : 0;
    const message =
      err.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'Berkas CSV tidak dapat dibaca: ada tanda kutip (") yang tidak ditutup.'
        : 'Berkas CSV tidak dapat dibaca; simpan ulang dari Excel sebagai "CSV UTF-8".';
    throw new CsvReadError(message, where);
  }
  return { name, rows: records.map((fields, i) => ({ row: i + 1, cells: fields.map((text) => ({ text })) })) };
}
