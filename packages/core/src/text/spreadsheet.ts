/**
 * A spreadsheet reads a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * such text is prefixed with an apostrophe so a name or jabatan typed by someone cannot run in the
 * admin's spreadsheet (OWASP "CSV injection"). Every CSV and XLSX the server writes passes its text
 * cells through here.
 */
export function neutraliseFormula(v: string | number | null): string | number {
  if (v === null) return '';
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}
