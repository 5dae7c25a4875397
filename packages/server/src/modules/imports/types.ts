/** The three sheets of an import file, in order of dependency (units, then positions, then people). */
export const SHEET_NAMES = ['Unit', 'Jabatan', 'Pegawai'] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

/** Problems about the file as a whole (unreadable, no recognisable sheet) point at no sheet row. */
export const FILE_SHEET = 'Berkas';
export type ProblemSheet = SheetName | typeof FILE_SHEET;

/** One reason a row cannot be imported; `row` is the spreadsheet row number (header = row 1). */
export interface Problem {
  sheet: ProblemSheet;
  row: number;
  column: string;
  message: string;
}

export type FileFormat = 'csv' | 'xlsx';

/** A cell as read from the file, before it is given meaning. */
export interface Cell {
  text: string;
  /** The cell held a number (XLSX): long digit strings such as NIPs have lost digits. */
  numeric?: boolean;
  /** A formula error such as #N/A. */
  error?: string;
}

/** One worksheet or CSV file as read: rows of cells with their spreadsheet row numbers. */
export interface Table {
  name: string;
  rows: { row: number; cells: Cell[] }[];
}

/** A data row keyed by canonical column name; `reported` holds columns already found wrong while reading. */
export interface SheetRow {
  row: number;
  values: Record<string, string>;
  reported: Set<string>;
}

export interface Sheet {
  kind: SheetName;
  /** Columns present in the header row: an absent optional column leaves stored values alone. */
  columns: Set<string>;
  rows: SheetRow[];
}

export interface ParsedFile {
  format: FileFormat;
  sheets: Partial<Record<SheetName, Sheet>>;
  /** Found while reading; reported together with validation's, and like them they block the import. */
  problems: Problem[];
  totalRows: number;
}
