import { sheetKindByName } from './columns.js';
import { CsvReadError, readCsv } from './parse-csv.js';
import { readXlsx, XlsxReadError } from './parse-xlsx.js';
import { readSheet } from './table.js';
import { FILE_SHEET, SHEET_NAMES, type FileFormat, type ParsedFile, type Problem, type Table } from './types.js';

/** Far above any agency (the largest has ~15,000 staff) but bounds memory and time. */
export const DEFAULT_MAX_ROWS = 100_000;

export interface ParseOptions {
  maxRows?: number;
}

const fileProblem = (message: string, row = 0): Problem => ({ sheet: FILE_SHEET, row, column: '', message });

/** Reads a CSV or XLSX import file into named sheets; never throws for bad content, it reports problems. */
export async function parseImportFile(buf: Buffer, format: FileFormat, fileName: string, options: ParseOptions = {}): Promise<ParsedFile> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const out: ParsedFile = { format, sheets: {}, problems: [], totalRows: 0 };
  let tables: { table: Table; expected: ReturnType<typeof sheetKindByName> }[];
  try {
    if (format === 'csv') {
      tables = [{ table: readCsv(buf, fileName), expected: undefined }];
    } else {
      const all = await readXlsx(buf);
      const named = all.filter((t) => sheetKindByName(t.name));
      // Sheets named Unit/Jabatan/Pegawai win; otherwise any sheet whose header row we recognise.
      tables = named.length
        ? named.map((t) => ({ table: t, expected: sheetKindByName(t.name) }))
        : all.filter((t) => t.name.trim().toLowerCase() !== 'petunjuk').map((t) => ({ table: t, expected: undefined }));
    }
  } catch (e) {
    if (e instanceof CsvReadError) return { ...out, problems: [fileProblem(e.message, e.row)] };
    if (e instanceof XlsxReadError) return { ...out, problems: [fileProblem(e.message)] };
    throw e;
  }

  for (const { table, expected } of tables) {
    const { sheet, problems } = readSheet(table, expected);
    out.problems.push(...problems);
    if (!sheet) continue;
    if (out.sheets[sheet.kind]) {
      out.problems.push(fileProblem(`Lembar ${sheet.kind} ada lebih dari satu (juga '${table.name}'); gabungkan menjadi satu lembar.`));
      continue;
    }
    out.sheets[sheet.kind] = sheet;
    out.totalRows += sheet.rows.length;
  }

  if (!SHEET_NAMES.some((k) => out.sheets[k]) && out.problems.length === 0) {
    out.problems.push(
      fileProblem(
        format === 'csv'
          ? 'Baris judul CSV tidak dikenali sebagai Unit, Jabatan, atau Pegawai. Gunakan nama kolom seperti pada templat impor (mis. kode_opd, nip, nama).'
          : 'Tidak ada lembar Unit, Jabatan, atau Pegawai. Beri nama lembar sesuai templat impor, atau pastikan baris judulnya berisi nama kolom seperti kode_opd, nip, nama.',
      ),
    );
  }
  if (out.totalRows > maxRows) {
    const limit = maxRows.toLocaleString('id-ID');
    return {
      ...out,
      sheets: {},
      problems: [fileProblem(`Berkas berisi ${out.totalRows.toLocaleString('id-ID')} baris data, melebihi batas ${limit} baris per impor; bagi menjadi beberapa berkas.`)],
    };
  }
  return out;
}
